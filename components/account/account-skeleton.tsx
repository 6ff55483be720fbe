import { LoadingStatus, SkeletonBlock } from "@/components/skeletons";

/** A My Account page while it loads: its heading and a few cards, the shapes most pages have. */
export function AccountSkeleton({ label = "Loading your account…", rows = 3 }: { label?: string; rows?: number }) {
  return (
    <div>
      <LoadingStatus label={label} />
      <SkeletonBlock className="h-10 w-64 max-w-full" />
      <SkeletonBlock className="mt-3 h-5 w-80 max-w-full" />
      <div className="mt-10 space-y-4">
        {Array.from({ length: rows }, (_, i) => (
          <SkeletonBlock key={i} className="h-24 rounded-2xl" />
        ))}
      </div>
    </div>
  );
}

/** Sign-in, registration and the password pages while they load: a heading and a form. */
export function AuthPageSkeleton() {
  return (
    <div className="mx-auto max-w-md px-4 pt-12 sm:px-6">
      <LoadingStatus />
      <SkeletonBlock className="h-10 w-64" />
      <SkeletonBlock className="mt-4 h-5 w-full" />
      <SkeletonBlock className="mt-8 h-48 rounded-2xl" />
    </div>
  );
}

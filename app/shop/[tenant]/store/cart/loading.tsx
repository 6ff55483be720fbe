import { LoadingStatus, SkeletonBlock } from "@/components/skeletons";

export default function CartLoading() {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-10 sm:px-6 lg:px-8">
      <LoadingStatus label="Loading your cart…" />
      <SkeletonBlock className="h-10 w-48" />
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_24rem]">
        <div className="space-y-6">
          {[0, 1].map((i) => (
            <div key={i} className="flex gap-6">
              <SkeletonBlock className="size-20 rounded-2xl sm:size-28" />
              <div className="flex-1 space-y-3">
                <SkeletonBlock className="h-5 w-1/2" />
                <SkeletonBlock className="h-4 w-1/4" />
                <SkeletonBlock className="h-10 w-32 rounded-full" />
              </div>
            </div>
          ))}
        </div>
        <SkeletonBlock className="h-96 rounded-3xl" />
      </div>
    </div>
  );
}

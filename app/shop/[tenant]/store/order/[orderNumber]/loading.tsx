import { LoadingStatus, SkeletonBlock } from "@/components/skeletons";

export default function OrderLoading() {
  return (
    <div className="mx-auto max-w-5xl px-4 pt-10 sm:px-6 lg:px-8">
      <LoadingStatus label="Loading your order…" />
      <SkeletonBlock className="h-4 w-32" />
      <SkeletonBlock className="mt-2 h-10 w-72" />
      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <SkeletonBlock className="h-72 rounded-3xl" />
          <SkeletonBlock className="h-56 rounded-3xl" />
        </div>
        <SkeletonBlock className="h-64 rounded-3xl" />
      </div>
    </div>
  );
}

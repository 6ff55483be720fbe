import { LoadingStatus, SkeletonBlock } from "@/components/skeletons";

export default function ProductLoading() {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-8 sm:px-6 lg:px-8">
      <LoadingStatus label="Loading product…" />
      <SkeletonBlock className="h-4 w-56" />
      <div className="mt-8 grid gap-10 lg:grid-cols-2 lg:gap-16">
        <SkeletonBlock className="aspect-square rounded-3xl" />
        <div className="lg:py-4">
          <SkeletonBlock className="h-3 w-24" />
          <SkeletonBlock className="mt-4 h-10 w-3/4" />
          <SkeletonBlock className="mt-5 h-5 w-full" />
          <SkeletonBlock className="mt-2 h-5 w-2/3" />
          <SkeletonBlock className="mt-10 h-8 w-32" />
          <SkeletonBlock className="mt-8 h-11 w-full max-w-sm rounded-full" />
          <SkeletonBlock className="mt-4 h-11 w-full max-w-xs rounded-full" />
        </div>
      </div>
    </div>
  );
}

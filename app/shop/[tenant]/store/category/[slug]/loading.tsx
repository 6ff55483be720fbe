import { LoadingStatus, ProductGridSkeleton, SkeletonBlock } from "@/components/skeletons";

export default function CategoryLoading() {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-8 sm:px-6 lg:px-8">
      <LoadingStatus label="Loading products…" />
      <SkeletonBlock className="h-4 w-40" />
      <SkeletonBlock className="mt-8 h-12 w-72" />
      <SkeletonBlock className="mt-4 h-5 w-full max-w-xl" />
      <SkeletonBlock className="mt-10 h-14 w-full" />
      <div className="mt-8">
        <ProductGridSkeleton />
      </div>
    </div>
  );
}

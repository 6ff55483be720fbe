import { LoadingStatus, ProductGridSkeleton, SkeletonBlock } from "@/components/skeletons";

export default function HomeLoading() {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6 lg:px-8 lg:pt-10">
      <LoadingStatus label="Loading the shop…" />
      <SkeletonBlock className="h-80 rounded-[2rem] lg:h-[30rem]" />
      <SkeletonBlock className="mt-20 h-8 w-48" />
      <div className="mt-8">
        <ProductGridSkeleton count={4} />
      </div>
    </div>
  );
}

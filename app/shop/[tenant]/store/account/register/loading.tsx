import { AuthPageSkeleton } from "@/components/account/account-skeleton";

export default function Loading() {
  return <AuthPageSkeleton />;
}

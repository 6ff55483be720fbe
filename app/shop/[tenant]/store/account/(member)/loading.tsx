import { AccountSkeleton } from "@/components/account/account-skeleton";

export default function AccountLoading() {
  return <AccountSkeleton />;
}

import type { Metadata } from "next";
import { AuthPage } from "../_lib/auth-page";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ next?: string | string[]; notice?: string | string[] }> };

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ params, searchParams }: Props) {
  const { next, notice } = await searchParams;
  return <AuthPage tenant={(await params).tenant} next={next} notice={notice} mode="login" />;
}

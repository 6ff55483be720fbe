import { describe, expect, it } from "vitest";
import { amzDate, sha256Hex, signS3Request } from "./s3-signature";

// The worked example "GET Object" from AWS's Signature Version 4 documentation for S3.
describe("signS3Request", () => {
  it("reproduces AWS's documented signature", () => {
    const date = amzDate(new Date("2013-05-24T00:00:00Z"));
    expect(date).toBe("20130524T000000Z");
    const authorization = signS3Request({
      method: "GET",
      path: "/test.txt",
      headers: { host: "examplebucket.s3.amazonaws.com", range: "bytes=0-9", "x-amz-content-sha256": sha256Hex(""), "x-amz-date": date },
      payloadHash: sha256Hex(""),
      credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", region: "us-east-1" },
    });
    expect(authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });
});

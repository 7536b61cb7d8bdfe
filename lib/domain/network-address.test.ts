import { describe, expect, it } from "vitest";
import { classifyAddress, isPublicAddress, type AddressKind } from "./network-address";

const kindOf = (text: string) => classifyAddress(text)?.kind;

// [address, kind]: each range's first and last address and its neighbours outside it.
const IPV4: [string, AddressKind][] = [
  ["0.0.0.0", "unspecified"],
  ["0.0.0.1", "reserved"],
  ["0.255.255.255", "reserved"],
  ["1.0.0.0", "public"],
  ["9.255.255.255", "public"],
  ["10.0.0.0", "private"],
  ["10.255.255.255", "private"],
  ["11.0.0.0", "public"],
  ["100.63.255.255", "public"],
  ["100.64.0.0", "cgnat"],
  ["100.100.100.200", "cgnat"],
  ["100.127.255.255", "cgnat"],
  ["100.128.0.0", "public"],
  ["126.255.255.255", "public"],
  ["127.0.0.0", "loopback"],
  ["127.0.0.1", "loopback"],
  ["127.255.255.255", "loopback"],
  ["128.0.0.0", "public"],
  ["168.63.129.16", "metadata"],
  ["169.253.255.255", "public"],
  ["169.254.0.0", "link-local"],
  ["169.254.169.254", "metadata"],
  ["169.254.169.253", "link-local"],
  ["169.254.255.255", "link-local"],
  ["169.255.0.0", "public"],
  ["172.15.255.255", "public"],
  ["172.16.0.0", "private"],
  ["172.31.255.255", "private"],
  ["172.32.0.0", "public"],
  ["192.0.0.0", "reserved"],
  ["192.0.0.255", "reserved"],
  ["192.0.1.0", "public"],
  ["192.0.2.1", "reserved"],
  ["192.88.99.1", "reserved"],
  ["192.167.255.255", "public"],
  ["192.168.0.0", "private"],
  ["192.168.255.255", "private"],
  ["192.169.0.0", "public"],
  ["198.17.255.255", "public"],
  ["198.18.0.0", "reserved"],
  ["198.19.255.255", "reserved"],
  ["198.20.0.0", "public"],
  ["198.51.100.7", "reserved"],
  ["203.0.113.9", "reserved"],
  ["8.8.8.8", "public"],
  ["93.184.216.34", "public"],
  ["223.255.255.255", "public"],
  ["224.0.0.0", "multicast"],
  ["239.255.255.255", "multicast"],
  ["240.0.0.0", "reserved"],
  ["255.255.255.254", "reserved"],
  ["255.255.255.255", "broadcast"],
];

const IPV6: [string, AddressKind][] = [
  ["::", "unspecified"],
  ["0:0:0:0:0:0:0:0", "unspecified"],
  ["::1", "loopback"],
  ["0:0:0:0:0:0:0:1", "loopback"],
  ["::2", "reserved"],
  ["fc00::", "private"],
  ["fd12:3456:789a::1", "private"],
  ["fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "private"],
  ["fd00:ec2::254", "metadata"],
  ["fe80::", "link-local"],
  ["fe80::1%eth0", "link-local"],
  ["febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "link-local"],
  ["fec0::1", "private"],
  ["ff00::", "multicast"],
  ["ff02::1", "multicast"],
  ["ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "multicast"],
  ["2001:db8::1", "reserved"],
  ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "reserved"],
  ["100::1", "reserved"],
  ["3fff::1", "reserved"],
  ["64:ff9b:1::a00:1", "private"],
  ["2606:4700:4700::1111", "public"],
  ["2a00:1450:4001:82a::200e", "public"],
  ["2000::", "public"],
  ["3ffe:ffff::", "public"],
  ["4000::1", "reserved"],
  ["1fff:ffff::", "reserved"],
];

// IPv6 forms that carry an IPv4 address are what that address is.
const EMBEDDED: [string, AddressKind][] = [
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["::FFFF:7F00:0001", "loopback"],
  ["0:0:0:0:0:ffff:7f00:1", "loopback"],
  ["[::ffff:127.0.0.1]", "loopback"],
  ["::ffff:10.1.2.3", "private"],
  ["::ffff:a01:203", "private"],
  ["::ffff:169.254.169.254", "metadata"],
  ["::ffff:a9fe:a9fe", "metadata"],
  ["::ffff:100.64.0.1", "cgnat"],
  ["::ffff:0.0.0.0", "unspecified"],
  ["::ffff:224.0.0.1", "multicast"],
  ["::ffff:255.255.255.255", "broadcast"],
  ["::ffff:8.8.8.8", "public"],
  ["::ffff:0:10.0.0.1", "private"],
  ["::127.0.0.1", "loopback"],
  ["::7f00:1", "loopback"],
  ["::192.168.1.1", "private"],
  ["::8.8.8.8", "reserved"],
  ["64:ff9b::127.0.0.1", "loopback"],
  ["64:ff9b::a9fe:a9fe", "metadata"],
  ["64:ff9b::8.8.8.8", "public"],
  ["2002:7f00:1::", "loopback"],
  ["2002:c0a8:101::1", "private"],
  ["2002:a9fe:a9fe:1234::1", "metadata"],
  ["2002:808:808::1", "public"],
];

// The old IPv4 spellings that browsers and resolvers still accept.
const IPV4_SPELLINGS: [string, AddressKind][] = [
  ["2130706433", "loopback"],
  ["0x7f.1", "loopback"],
  ["0177.0.0.1", "loopback"],
  ["127.1", "loopback"],
  ["0xa9fea9fe", "metadata"],
  [" 10.0.0.1 ", "private"],
];

describe("classifyAddress", () => {
  it.each(IPV4)("IPv4 %s is %s", (address, kind) => expect(kindOf(address)).toBe(kind));
  it.each(IPV6)("IPv6 %s is %s", (address, kind) => expect(kindOf(address)).toBe(kind));
  it.each(EMBEDDED)("the IPv6 form %s of an IPv4 address is %s", (address, kind) => expect(kindOf(address)).toBe(kind));
  it.each(IPV4_SPELLINGS)("the old spelling %j is %s", (address, kind) => expect(kindOf(address)).toBe(kind));

  it("answers null for what is not an IP address", () => {
    for (const text of ["example.org", "localhost", "", "1.2.3.4.5", "256.1.1.1", "::g", "1::2::3", "12345::", "http://1.2.3.4/", "1.2.3.4/8", "a@1.2.3.4"]) {
      expect(classifyAddress(text), text).toBeNull();
    }
  });

  it("gives the canonical address and family", () => {
    expect(classifyAddress("0x7f.1")).toMatchObject({ address: "127.0.0.1", family: 4 });
    expect(classifyAddress("::FFFF:127.0.0.1")).toMatchObject({ address: "::ffff:7f00:1", family: 6 });
    expect(classifyAddress("2606:4700:4700:0:0:0:0:1111")).toMatchObject({ address: "2606:4700:4700::1111", family: 6, reason: null });
  });

  it("says why in the user's words", () => {
    expect(classifyAddress("10.0.0.1")?.reason).toBe("it points at a private network address");
    expect(classifyAddress("fd00::1")?.reason).toBe("it points at a private network address");
    expect(classifyAddress("127.0.0.1")?.reason).toBe("it points at this server itself");
    expect(classifyAddress("::ffff:127.0.0.1")?.reason).toBe("it points at this server itself");
    expect(classifyAddress("169.254.169.254")?.reason).toMatch(/^it points at the cloud metadata address/);
    expect(classifyAddress("8.8.8.8")?.reason).toBeNull();
  });

  it("isPublicAddress is true only for public addresses", () => {
    expect(isPublicAddress("8.8.8.8")).toBe(true);
    expect(isPublicAddress("2606:4700:4700::1111")).toBe(true);
    expect(isPublicAddress("::ffff:192.168.0.1")).toBe(false);
    expect(isPublicAddress("example.org")).toBe(false);
  });
});

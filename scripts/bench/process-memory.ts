import { readdirSync, readFileSync } from "node:fs";

// Resident memory of a process and its descendants (npx → next → its workers), read from /proc.
function treeResidentBytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/{pid}/stat is the parent pid; the name in field 2 may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    queue.push(...(children.get(pid) ?? []));
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      // ended
    }
  }
  return total;
}

/** Samples the tree's resident memory every 200 ms until stop(), which answers the peak in bytes. */
export function peakResidentMemory(rootPid: number) {
  let peak = treeResidentBytes(rootPid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeResidentBytes(rootPid));
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, treeResidentBytes(rootPid));
    },
  };
}

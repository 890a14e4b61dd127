// Loads one content folder twice in one process, as a preview that reloads on every
// change would, and prints the peak resident memory after each load. What the first
// load made is dropped before the second starts, so with nothing leaked the second
// reuses the first's memory and the peak barely moves.
//
//   swift build -c release --product commons-reload
//   .build/release/commons-reload CONTENT_FOLDER
//
// `python3 Benchmarks/bench.py --reload` runs it on the large generated commons.
import CommonsModel
import CommonsSupport
import Glibc

guard CommandLine.arguments.count == 2 else {
    print("usage: commons-reload CONTENT_FOLDER")
    exit(2)
}
let folder = CommandLine.arguments[1]

func peakResidentKB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss  // KiB on Linux
}

for load in 1...2 {
    let start = MonotonicClock.now()
    let contributions = ContentLoader.load(folder: folder).commons?.contributions.count ?? 0
    let milliseconds = Int((MonotonicClock.now() - start) * 1000)
    print("load \(load): \(contributions) contributions in \(milliseconds) ms, peak RSS \(peakResidentKB()) KiB")
}

import Foundation

extension Array where Element: Sendable {
    /// `transform` of every element, computed concurrently on all processors, in the array's
    /// order: the same result as `map`, so callers stay deterministic.
    public func concurrentMap<T>(_ transform: @Sendable (Element) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let output = ResultBuffer(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                output.buffer[index] = transform(self[index])
            }
        }
        return results.map { $0! }
    }
}

/// The results of ``Swift/Array/concurrentMap(_:)``: each concurrent task writes only its own element.
private struct ResultBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
}

import DutyCore
import DutyIO
import DutyStore
import Foundation

/// The months' datasets as read from the store, kept until the store's revision changes, so
/// that a page or a feed does not read and check the whole dataset on every request.
final class DatasetCache: @unchecked Sendable {
    private let lock = NSLock()
    private var revision = -1
    private var datasets: [Month: Dataset] = [:]

    /// The dataset of `month`, read again only when the store has changed since.
    func dataset(of month: Month, in store: OfficeStore) throws(InputError) -> Dataset {
        let current = try store.revision()
        lock.lock()
        if current != revision {
            revision = current
            datasets = [:]
        }
        let cached = datasets[month]
        lock.unlock()
        if let cached { return cached }
        let dataset = try DatasetReader.read(store.datasetFiles(for: month), month: month)
        lock.lock()
        if revision == current { datasets[month] = dataset }
        lock.unlock()
        return dataset
    }
}

import CSV
import DutyCore
import Foundation

/// One data row of a ``CSVTable``.
package struct CSVRow {
    package let line: Int
    package let fields: [String]
}

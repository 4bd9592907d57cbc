import DutyCore
import DutyIO
import DutyStore
import Foundation
import Hummingbird

extension OfficeAPI {
    /// `POST /api/<records>`: adds one record with the fields of its CSV file, checked as the
    /// file's reader checks it (422 naming the wrong field); 201 `{"added"}` (false: an equal
    /// record was already there). Staff file requests for themselves only.
    func record(_ file: String) -> Handler {
        { request, context in
            let body = try await Responses.object(request, context: context)
            var fields: [String: String] = [:]
            for (key, value) in body {
                switch value {
                case let text as String: fields[key] = text
                case let number as NSNumber: fields[key] = TextFormat.shortest(number.doubleValue)
                case is NSNull: continue
                default: throw APIError.invalid(key, "expected text or a number")
                }
            }
            if let user = context.user, user.role == .staff, fields["staff"] != user.staff?.rawValue {
                throw APIError.forbidden("file a request for someone else")
            }
            let added = try store.addRecord(to: file, fields: fields)
            return try Responses.json(["added": added], status: .created)
        }
    }
}

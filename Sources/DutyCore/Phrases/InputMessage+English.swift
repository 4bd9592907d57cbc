extension InputMessage {
    /// The message in English: `<what was found>; expected <what was expected>`.
    var english: String {
        let number = TextFormat.shortest
        switch self {
        case .noDatasetFolder: return "no such folder; expected a dataset folder with posts.csv, staff.csv and demand.csv"
        case let .missingFile(name): return "missing; expected the required file \(name)"
        case .unreadableCSV: return "cannot read the file (a folder, or no permission to read it); expected a readable CSV file"
        case .unreadableYAML: return "cannot read the file; expected a readable UTF-8 YAML file"
        case .noSuchCSV: return "no such file; expected a CSV file at this path"
        case .notText: return "the file is neither UTF-8 nor GB18030 text; expected a CSV saved as \"CSV UTF-8\" (or as Chinese Windows' CSV)"
        case .readAsGB18030: return "read as GB18030 (Chinese Windows' encoding, as Excel and WPS save \"CSV\"); saving it as \"CSV UTF-8\" avoids this note"
        case .emptyCSV: return "the file is empty; expected a header row"
        case let .repeatedColumn(name, first): return "column \"\(name)\" appears again (first as column \(first)); expected each column once"
        case let .missingColumn(column, header, expected):
            return "column \"\(column)\" is missing from the header (\(header.joined(separator: ","))); expected columns \(expected.joined(separator: ","))"
        case let .textAfterClosingQuote(openedOn):
            return "text after the closing quote of a field that began on line \(openedOn); expected a comma or the end of the line after a closing quote, and a quote inside a quoted field written twice (\"\")"
        case .unclosedQuote:
            return "a quote opens a field here and is never closed, so every later line would be read into this field; expected a closing quote (\") before the end of the field"
        case let .multilineField(first, last):
            return "a quoted field runs from line \(first) to line \(last) and holds its line breaks; check for a missing or extra quote (\")"
        case let .fullWidth(message, comma, semicolon):
            var hints: [String] = []
            if comma { hints.append("the line holds a full-width comma (，): separate fields with an ASCII comma (,)") }
            if semicolon { hints.append("it holds a full-width semicolon (；): separate skills with an ASCII semicolon (;)") }
            return ([message.english] + hints).joined(separator: "; ")

        case let .empty(expected): return "empty; expected \(expected.english)"
        case let .repeatedID(kind, id, first): return "\(kind.rawValue) \"\(id)\" appears again (first on line \(first)); expected unique ids"
        case let .notWholeNumber(value, minimum): return "\"\(value)\" is not a whole number ≥ \(minimum); expected an integer ≥ \(minimum)"
        case let .tooLarge(value, minimum, maximum): return "\(value) is too large; expected an integer from \(minimum) to \(maximum)"
        case let .notNumber(value, minimum, maximum): return "\"\(value)\" is not a number; expected a number from \(number(minimum)) to \(number(maximum))"
        case let .outOfRange(value, minimum, maximum): return "\(value) is out of range; expected a number from \(number(minimum)) to \(number(maximum))"
        case let .notDate(value): return "\"\(value)\" is not a date; expected an ISO date YYYY-MM-DD"
        case let .notBoolean(value): return "\"\(value)\" is not a truth value; expected true or false"
        case let .notTimeOfDay(value): return "\"\(value)\" is not a time of day; expected HH:MM between 00:00 and 23:59"
        case let .notTimestamp(value, open): return "\"\(value)\" is not a time stamp; expected YYYY-MM-DDTHH:MM\(open ? " or empty while open" : "")"

        case let .repeatedKey(key, first): return "key \"\(key)\" appears again in one mapping\(first.map { " (first on line \($0))" } ?? ""); expected each key once"
        case let .invalidYAML(reason): return "invalid YAML (\(reason)); expected a YAML mapping"
        case let .notMapping(found): return "\"\(found ?? "a list")\" is not a mapping; expected key: value pairs"
        case let .unknownKey(name, allowed): return "unknown key \"\(name)\"; expected one of \(allowed.joined(separator: ", "))"
        case let .notNumberInRange(value, minimum, maximum): return "\"\(value)\" is not a number from \(number(minimum)) to \(number(maximum)); expected such a number"
        case let .notIntegerInRange(value, minimum, maximum): return "\"\(value)\" is not a whole number from \(minimum) to \(maximum); expected such an integer"
        case .notTextValue: return "not a text value; expected a non-empty text"
        case let .notLanguage(value): return "\"\(value)\" is not a language; expected zh (中文) or en (English)"

        case .emptyRubric: return "the file is empty; expected base, categories, items and grades"
        case let .unknownCategory(name, allowed): return "unknown category \"\(name)\"; expected one of \(allowed.joined(separator: ", "))"
        case let .noCategory(allowed): return "no category; expected category: one of \(allowed.joined(separator: ", "))"
        case .missingGrades: return "missing; expected a list of grade bands"
        case .gradesNotList: return "not a list; expected a list of {name, label, min, quota}"
        case .bandWithoutNameOrMin: return "a band without name or min; expected {name, label, min[, quota]}"
        case let .repeatedBand(name, first): return "band \"\(name)\" appears again (first as band \(first)); expected each band name once"
        case let .bandsOutOfOrder(name, minimum, previous, previousMinimum):
            return "band \(name) has min \(number(minimum)) after \(previous) with min \(number(previousMinimum)); expected bands in descending order of min"
        case .noBands: return "no bands; expected at least one grade band"

        case let .historyInsideMonth(date, month): return "\(date) lies inside \(month); expected a date before \(month.firstDay)"
        case .noPosts: return "no posts; expected at least one post row"
        case let .unknownSkill(skill): return "skill \"\(skill)\" names no post; expected post ids from posts.csv separated by ;"
        case let .unknownPost(post, emptyAllowed): return "unknown post \"\(post)\"; expected a post id from posts.csv\(emptyAllowed ? " or empty for any post" : "")"
        case let .unknownStaff(staff): return "unknown staff \"\(staff)\"; expected a staff id from staff.csv"
        case let .notDay(value): return "\"\(value)\" is not a day; expected an ISO date, holiday, Mon…Sun, weekday or weekend"
        case let .repeatedDemand(post, day, first): return "demand for \(post) on \(day) is given again (first on line \(first)); expected one row per post and day"
        case let .notDayKind(value): return "\"\(value)\" is not a day kind; expected holiday or workday"
        case let .conflictingDayKind(date, kind, firstKind, first): return "\(date) is a \(kind) here but a \(firstKind) on line \(first); expected one kind per date"
        case let .toBeforeFrom(to, from): return "\(to) is before from = \(from); expected to ≥ from"
        case let .notRequestKind(value): return "\"\(value)\" is not a request kind; expected on or off"
        case let .unknownItem(code, known): return "unknown item code \"\(code)\"; expected one of \(known.joined(separator: ", "))"
        case let .oppositeSign(given, item, standard):
            return "\(number(given)) has the opposite sign of item \(item)'s default \(number(standard)); expected the same sign"
        case let .noDefaultPoints(item): return "empty, and item \(item) has no default points; expected the points"
        case let .notAttendanceStatus(value): return "\"\(value)\" is not an attendance exception; expected absent, late or extra"
        case let .notRepairKind(value): return "\"\(value)\" is not a repair kind; expected minor or major"
        case let .completedBeforeReported(completed, reported): return "\(completed) is before it was reported (\(reported)); expected completed ≥ reported"

        case let .historyAfterMonth(date, month): return "\(date) lies after \(month); history after the month is not used"
        case let .pinOutsideMonth(date, month): return "\(date) lies outside \(month); this pin is not used for this month"
        case let .repeatedDay(date, kind, first): return "\(date) is listed again as \(kind) (first on line \(first)); the repeat changes nothing"
        case let .repeatedAssignment(first, date, staff, post): return "repeats line \(first) (\(date), \(staff), \(post)); read once"
        case let .noDemand(month): return "no post needs anyone in \(month); the roster will be empty"
        case let .demandWithoutSkill(post, count, month):
            return "\(post) needs \(count) person-shifts in \(month) but nobody in staff.csv has it among their skills; all of it will stay uncovered"
        case let .leaveAllMonth(staff, name, month): return "\(staff) (\(name)) is on leave for the whole of \(month)"
        case let .requestWithoutSkill(staff, post, date): return "\(staff) asks for \(post) on \(date) without that skill; the request can never be honoured"
        case let .exceptionOffRoster(staff, status, date): return "\(staff) is recorded \(status) on \(date) but was not on the roster that day; it still counts"
        case let .frozenDayBroken(from, rule, breach):
            return "kept as published before \(from), though today's data break \(rule.rawValue): \(breach.text(.en))"

        case let .outputRefused(found, expected): return "is \(found.english); expected \(expected.english), so nothing was written"
        case let .outputFolderUnusable(inside, found):
            return "\(inside.map { "lies in \($0), which is" } ?? "is") \(found.english); expected a writable output folder, so nothing was solved"
        case let .unwritableFolder(reason): return "cannot write the output folder (\(reason)); expected a writable folder"
        case let .unwritableFile(reason): return "cannot write the file (\(reason)); expected a writable file path"

        case let .dateNotInMonth(date, month): return "\(date) is not in \(month); expected a date of the month"
        case let .noRoster(month, command):
            return "no roster for \(month) here; run `\(command)` first, or give the roster with --roster FILE"
        case let .notOnRoster(staff, date): return "\(staff) is not on the roster on \(date); only someone working that day can be replaced"
        case let .noSuchStore(path): return "no such store; expected the office's store, made by `duty import --data DIR --db \(path)`"
        case let .cannotOpenStore(reason): return "cannot open the store (\(reason)); expected an SQLite file made by duty, or a new path"
        case let .storeUnreadable(reason): return "cannot read the store (\(reason))"
        case let .storeUnwritable(reason): return "cannot write the store (\(reason))"
        case let .storeEmpty(path): return "the store holds no dataset yet; run `duty import --data DIR --db \(path)` first"
        case let .importNotMade(reason): return "the import was not made, the store is unchanged: \(reason)"
        case let .notPublished(month, reason): return "the roster of \(month) was not published (\(reason))"
        case let .unknownRecordField(expected): return "unknown field; expected \(expected.joined(separator: ", "))"
        case let .notRecordFile(file): return "\(file) is not a record file; expected inspections.csv, attendance.csv or repairs.csv"
        case let .noOpenRepair(id): return "no open repair ticket \"\(id)\"; expected the id of a ticket not completed yet"
        case let .notDatasetFile(name, known): return "\"\(name)\" is not a dataset file; expected \(known.joined(separator: ", "))"
        case .noFiles: return "no file chosen; expected the files of a dataset folder"
        case .userWithoutName: return "--name: the user needs a name"
        case .shortPassword: return "the password has fewer than 8 characters; expected at least 8"
        case .staffUserWithoutStaff: return "--staff: a user with the staff role needs the staff id they are (--staff ID)"
        case let .unknownStoreStaff(staff): return "--staff: unknown staff \"\(staff)\"; expected an id of the store's staff.csv"
        case let .research(text): return text
        }
    }
}

extension InputMessage.Expected {
    var english: String {
        switch self {
        case let .id(kind): "\(kind.rawValue) id"
        case .itemCode: "an item code from rubric.yaml"
        case .area: "an area such as canteen, gate or grounds"
        case .postID: "a post id from posts.csv"
        case .staffID: "a staff id from staff.csv"
        case .shiftID: "a shift id"
        }
    }
}

extension InputMessage.OutputEntry {
    var english: String {
        switch self {
        case .file: "a file"
        case .folder: "a folder"
        case .symbolicLink: "a symbolic link"
        case .device: "a device, FIFO or socket"
        case .linkLoop: "a loop of symbolic links"
        case .unwritableFolder: "a folder that cannot be written"
        case .notFolder: "not a folder"
        }
    }
}

extension InputMessage.OutputExpectation {
    var english: String {
        switch self {
        case .folder: "a folder"
        case .regularFile: "a regular file or a new name"
        case .writableFolder: "a writable output folder"
        }
    }
}

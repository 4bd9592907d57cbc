/// What is wrong with an input, or worth a look in one, by meaning: every error and warning
/// that the readers, the store and the commands give about what a person prepared. The words
/// are in `InputMessage+Chinese.swift` and `InputMessage+English.swift`; the reader that
/// finds a problem names it here and never spells a sentence itself.
///
/// Each message says what was found and what was expected, so that the fix is plain.
/// Values quoted from the input (ids, dates, numbers) appear as they were written.
public indirect enum InputMessage: Hashable, Sendable {
    // MARK: Folders, files and text
    case noDatasetFolder
    case missingFile(String)
    case unreadableCSV
    case unreadableYAML
    case noSuchCSV
    /// Neither UTF-8 nor GB18030.
    case notText
    /// A warning: the file was read as GB18030.
    case readAsGB18030
    case emptyCSV
    case repeatedColumn(String, firstColumn: Int)
    case missingColumn(String, header: [String], expected: [String])
    case textAfterClosingQuote(openedOn: Int)
    case unclosedQuote
    /// A warning: a quoted field holds line breaks.
    case multilineField(firstLine: Int, lastLine: Int)
    /// `message`, with the fix for the full-width comma or semicolon that the line holds.
    case fullWidth(InputMessage, comma: Bool, semicolon: Bool)

    // MARK: Fields
    case empty(Expected)
    case repeatedID(kind: IDKind, id: String, firstLine: Int)
    case notWholeNumber(String, minimum: Int)
    case tooLarge(Int, minimum: Int, maximum: Int)
    case notNumber(String, minimum: Double, maximum: Double)
    case outOfRange(String, minimum: Double, maximum: Double)
    case notDate(String)
    case notBoolean(String)
    case notTimeOfDay(String)
    case notTimestamp(String, emptyWhileOpen: Bool)

    // MARK: YAML settings
    case repeatedKey(String, firstLine: Int?)
    /// The YAML parser's own account, which stays as it gave it.
    case invalidYAML(String)
    case notMapping(String?)
    case unknownKey(String, allowed: [String])
    case notNumberInRange(String, minimum: Double, maximum: Double)
    case notIntegerInRange(String, minimum: Int, maximum: Int)
    case notTextValue
    case notLanguage(String)

    // MARK: The rubric
    case emptyRubric
    case unknownCategory(String, allowed: [String])
    case noCategory(allowed: [String])
    case missingGrades
    case gradesNotList
    case bandWithoutNameOrMin
    case repeatedBand(String, firstBand: Int)
    case bandsOutOfOrder(String, minimum: Double, previous: String, previousMinimum: Double)
    case noBands

    // MARK: The dataset
    case historyInsideMonth(LocalDate, Month)
    case noPosts
    case unknownSkill(String)
    case unknownPost(String, emptyAllowed: Bool)
    case unknownStaff(String)
    case notDay(String)
    case repeatedDemand(post: String, day: String, firstLine: Int)
    case notDayKind(String)
    case conflictingDayKind(LocalDate, kind: String, firstKind: String, firstLine: Int)
    case toBeforeFrom(to: LocalDate, from: LocalDate)
    case notRequestKind(String)
    case unknownItem(String, known: [String])
    case oppositeSign(given: Double, item: String, standard: Double)
    case noDefaultPoints(item: String)
    case notAttendanceStatus(String)
    case notRepairKind(String)
    case completedBeforeReported(completed: LocalDateTime, reported: LocalDateTime)

    // MARK: Warnings about what was read
    case historyAfterMonth(LocalDate, Month)
    case pinOutsideMonth(LocalDate, Month)
    case repeatedDay(LocalDate, kind: String, firstLine: Int)
    case repeatedAssignment(firstLine: Int, date: LocalDate, staff: String, post: String)
    case noDemand(Month)
    case demandWithoutSkill(post: String, personShifts: Int, Month)
    case leaveAllMonth(staff: String, name: String, Month)
    case requestWithoutSkill(staff: String, post: String, date: LocalDate)
    case exceptionOffRoster(staff: String, status: String, date: LocalDate)
    case frozenDayBroken(from: LocalDate, rule: HardRule, RuleBreach)

    // MARK: Outputs
    case outputRefused(found: OutputEntry, expected: OutputExpectation)
    /// Before a solve: the output folder, or the existing folder it would be made in (`inside`), is unusable.
    case outputFolderUnusable(inside: String?, found: OutputEntry)
    case unwritableFolder(String)
    case unwritableFile(String)

    // MARK: Commands and the store
    case dateNotInMonth(LocalDate, Month)
    case noRoster(Month, command: String)
    case notOnRoster(staff: String, date: LocalDate)
    case noSuchStore(String)
    case cannotOpenStore(String)
    case storeUnreadable(String)
    case storeUnwritable(String)
    case storeEmpty(String)
    case importNotMade(String)
    case notPublished(Month, String)
    case unknownRecordField(expected: [String])
    case notRecordFile(String)
    case noOpenRepair(String)
    case notDatasetFile(String, known: [String])
    case noFiles
    case userWithoutName
    case shortPassword
    case staffUserWithoutStaff
    case unknownStoreStaff(String)
    /// A message of a research file format (the Curtois benchmark), which stays in English.
    case research(String)

    /// What an empty field should have held.
    public enum Expected: Hashable, Sendable {
        case id(IDKind)
        case itemCode, area, postID, staffID, shiftID
    }

    /// The kind of record an id names.
    public enum IDKind: String, Hashable, Sendable {
        case post, staff, inspection, attendance, repair, shift
    }

    /// What stands where an output was to be written.
    public enum OutputEntry: Hashable, Sendable {
        case file, folder, symbolicLink, device, linkLoop, unwritableFolder, notFolder
    }

    /// What an output path must be.
    public enum OutputExpectation: Hashable, Sendable {
        case folder, regularFile, writableFolder
    }
}

extension InputMessage {
    /// The message in `language`.
    public func text(_ language: Language) -> String { language == .zh ? chinese : english }
}

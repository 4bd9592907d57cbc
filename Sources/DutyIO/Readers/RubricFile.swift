import DutyCore
import Yams

/// rubric.yaml: categories with caps, item codes, attendance and repair points, grade bands.
enum RubricFile {
    /// The rubric of `folder`'s rubric.yaml (which the caller knows is there), or `nil` with the problems logged.
    static func read(_ folder: Folder) -> Rubric? {
        guard let yaml = folder.yaml("rubric.yaml") else { return nil }
        let log = folder.log
        guard let root = yaml.root else {
            log.add(file: yaml.file, line: 1, .emptyRubric)
            return nil
        }
        var rubric = Rubric(categories: [], items: [:], grades: [])
        var itemNodes: [(String, Node)] = []
        var sawGrades = false
        let keys = ["base", "categories", "items", "attendance", "repairs", "grades"]
        for (key, _, value) in yaml.entries(of: root, key: "rubric", allowed: keys) {
            switch key {
            case "base": rubric.base = yaml.number(value, key: key) ?? rubric.base
            case "categories":
                for (name, _, settings) in yaml.entries(of: value, key: key) {
                    var cap: Double? = nil, bonusCap = 0.0
                    for (setting, _, number) in yaml.entries(of: settings, key: "categories.\(name)", allowed: ["cap", "bonus_cap"]) {
                        let amount = yaml.number(number, key: "categories.\(name).\(setting)")
                        if setting == "cap" { cap = amount } else { bonusCap = amount ?? 0 }
                    }
                    rubric.categories.append(Rubric.Category(name: name, cap: cap, bonusCap: bonusCap))
                }
            case "items":
                itemNodes = yaml.entries(of: value, key: key).map { ($0.key, $0.value) }
            case "attendance":
                for (setting, _, number) in yaml.entries(of: value, key: key, allowed: ["absent", "late", "extra_shift_bonus", "standard_shifts"]) {
                    let name = "attendance.\(setting)"
                    switch setting {
                    case "absent": rubric.absent = yaml.number(number, key: name, in: -InputLimits.magnitude...0) ?? rubric.absent
                    case "late": rubric.late = yaml.number(number, key: name, in: -InputLimits.magnitude...0) ?? rubric.late
                    case "extra_shift_bonus": rubric.extraShiftBonus = yaml.number(number, key: name) ?? rubric.extraShiftBonus
                    default: rubric.standardShifts = yaml.integer(number, key: name, minimum: 0) ?? rubric.standardShifts
                    }
                }
            case "repairs":
                for (_, _, number) in yaml.entries(of: value, key: key, allowed: ["overdue"]) {
                    rubric.overdue = yaml.number(number, key: "repairs.overdue", in: -InputLimits.magnitude...0) ?? rubric.overdue
                }
            default:
                sawGrades = true
                rubric.grades = readGrades(value, yaml: yaml)
            }
        }
        let categories = Set(rubric.categories.map(\.name))
        for (code, node) in itemNodes {
            var category: String? = nil, points: Double? = nil, veto = false, text = ""
            for (setting, _, value) in yaml.entries(of: node, key: "items.\(code)", allowed: ["category", "points", "veto", "text"]) {
                switch setting {
                case "category":
                    category = yaml.string(value, key: "items.\(code).category")
                    if let name = category, !categories.contains(name) {
                        yaml.fail(value, key: "items.\(code).category", .unknownCategory(name, allowed: rubric.categories.map(\.name)))
                        category = nil
                    }
                case "points": points = yaml.number(value, key: "items.\(code).points", in: -InputLimits.magnitude...InputLimits.magnitude)
                case "veto": veto = yaml.boolean(value, key: "items.\(code).veto") ?? false
                default: text = value.string ?? ""
                }
            }
            guard let category else {
                if !yaml.entries(of: node, key: "items.\(code)").contains(where: { $0.key == "category" }) {
                    yaml.fail(node, key: "items.\(code)", .noCategory(allowed: rubric.categories.map(\.name)))
                }
                continue
            }
            rubric.items[code] = Rubric.Item(code: code, category: category, points: points, veto: veto, text: text)
        }
        if !sawGrades { log.add(file: yaml.file, line: 1, field: "grades", .missingGrades) }
        return rubric
    }

    private static func readGrades(_ node: Node, yaml: YAMLFile) -> [Rubric.Grade] {
        guard case .sequence(let sequence) = node else {
            yaml.fail(node, key: "grades", .gradesNotList)
            return []
        }
        var grades: [Rubric.Grade] = []
        for entry in sequence {
            var name: String? = nil, label = "", minimum: Double? = nil, quota: Double? = nil
            for (setting, _, value) in yaml.entries(of: entry, key: "grades", allowed: ["name", "label", "min", "quota"]) {
                switch setting {
                case "name": name = yaml.string(value, key: "grades.name")
                case "label": label = value.string ?? ""
                case "min": minimum = yaml.number(value, key: "grades.min", in: 0...InputLimits.magnitude)
                default: quota = yaml.number(value, key: "grades.quota", in: 0...1)
                }
            }
            guard let name, let minimum else {
                yaml.fail(entry, key: "grades", .bandWithoutNameOrMin)
                continue
            }
            if let first = grades.firstIndex(where: { $0.name == name }) {
                yaml.fail(entry, key: "grades.name", .repeatedBand(name, firstBand: first + 1))
                continue
            }
            if let previous = grades.last, previous.min <= minimum {
                yaml.fail(entry, key: "grades.min", .bandsOutOfOrder(name, minimum: minimum, previous: previous.name, previousMinimum: previous.min))
            }
            grades.append(Rubric.Grade(name: name, label: label.isEmpty ? name : label, min: minimum, quota: quota))
        }
        if grades.isEmpty { yaml.fail(node, key: "grades", .noBands) }
        return grades
    }
}

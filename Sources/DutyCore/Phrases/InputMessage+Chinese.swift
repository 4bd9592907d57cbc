extension InputMessage {
    /// The message in Chinese: what was found, then what should be there (应为 …).
    var chinese: String {
        let number = TextFormat.shortest
        let month = Phrases.chinese.month
        func list(_ items: [String]) -> String { items.joined(separator: "、") }
        switch self {
        case .noDatasetFolder: return "找不到这个文件夹；应为存放 posts.csv、staff.csv 和 demand.csv 的数据文件夹"
        case let .missingFile(name): return "缺少文件；必须提供 \(name)"
        case .unreadableCSV: return "无法读取该文件（它是文件夹，或没有读取权限）；应为可读的 CSV 文件"
        case .unreadableYAML: return "无法读取该文件；应为可读的 UTF-8 YAML 文件"
        case .noSuchCSV: return "找不到该文件；此路径应有一个 CSV 文件"
        case .notText: return "该文件既不是 UTF-8 也不是 GB18030 文本；请在 Excel 或 WPS 中另存为“CSV UTF-8”（或中文 Windows 的 CSV）"
        case .readAsGB18030: return "已按 GB18030（中文 Windows 编码，Excel 和 WPS 保存“CSV”时所用）读取；另存为“CSV UTF-8”可免去此提示"
        case .emptyCSV: return "文件是空的；第一行应为表头"
        case let .repeatedColumn(name, first): return "列“\(name)”重复出现（第一次在第 \(first) 列）；每列只能出现一次"
        case let .missingColumn(column, header, expected):
            return "表头（\(header.joined(separator: ","))）缺少列“\(column)”；应有这些列：\(expected.joined(separator: ","))"
        case let .textAfterClosingQuote(openedOn):
            return "第 \(openedOn) 行开始的带引号字段在结束引号后还有文字；结束引号后应是逗号或行尾，字段内的引号要写成两个（\"\"）"
        case .unclosedQuote:
            return "这里的引号开始了一个字段却没有结束，后面所有行都会被读进这个字段；应在字段结尾补上引号（\"）"
        case let .multilineField(first, last):
            return "一个带引号的字段从第 \(first) 行延续到第 \(last) 行，含有换行；请检查是否少了或多了引号（\"）"
        case let .fullWidth(message, comma, semicolon):
            var hints: [String] = []
            if comma { hints.append("这一行有全角逗号（，）：字段之间要用半角逗号（,）分隔") }
            if semicolon { hints.append("这一行有全角分号（；）：技能之间要用半角分号（;）分隔") }
            return ([message.chinese] + hints).joined(separator: "；")

        case let .empty(expected): return "该项为空；应填\(expected.chinese)"
        case let .repeatedID(kind, id, first): return "\(kind.chinese)编号“\(id)”重复（第一次在第 \(first) 行）；编号不能重复"
        case let .notWholeNumber(value, minimum): return "“\(value)”不是不小于 \(minimum) 的整数；应填阿拉伯数字的整数（≥ \(minimum)）"
        case let .tooLarge(value, minimum, maximum): return "\(value) 太大；应为 \(minimum) 到 \(maximum) 之间的整数"
        case let .notNumber(value, minimum, maximum): return "“\(value)”不是数字；应为 \(number(minimum)) 到 \(number(maximum)) 之间的数"
        case let .outOfRange(value, minimum, maximum): return "\(value) 超出范围；应为 \(number(minimum)) 到 \(number(maximum)) 之间的数"
        case let .notDate(value): return "“\(value)”不是日期；应写成 YYYY-MM-DD，如 2025-10-08"
        case let .notBoolean(value): return "“\(value)”不是是/否；应填 true 或 false"
        case let .notTimeOfDay(value): return "“\(value)”不是时刻；应写成 HH:MM，00:00 到 23:59"
        case let .notTimestamp(value, open): return "“\(value)”不是时间；应写成 YYYY-MM-DDTHH:MM，如 2025-10-08T14:30\(open ? "，未完成时留空" : "")"

        case let .repeatedKey(key, first): return "键“\(key)”在同一层重复\(first.map { "（第一次在第 \($0) 行）" } ?? "")；每个键只能写一次"
        case let .invalidYAML(reason): return "YAML 格式有误（\(reason)）；应为“键: 值”的 YAML"
        case let .notMapping(found): return "“\(found ?? "列表")”不是“键: 值”的形式；应为“键: 值”"
        case let .unknownKey(name, allowed): return "不认识的键“\(name)”；应为以下之一：\(list(allowed))"
        case let .notNumberInRange(value, minimum, maximum): return "“\(value)”不是 \(number(minimum)) 到 \(number(maximum)) 之间的数；应填这样的数"
        case let .notIntegerInRange(value, minimum, maximum): return "“\(value)”不是 \(minimum) 到 \(maximum) 之间的整数；应填这样的整数"
        case .notTextValue: return "不是文字；应填非空的文字"
        case let .notLanguage(value): return "“\(value)”不是可用的语言；应为 zh（中文）或 en（English）"

        case .emptyRubric: return "文件是空的；应有 base、categories、items 和 grades"
        case let .unknownCategory(name, allowed): return "不认识的类别“\(name)”；应为以下之一：\(list(allowed))"
        case let .noCategory(allowed): return "没有类别；应写 category: 以下之一：\(list(allowed))"
        case .missingGrades: return "缺少等级；应有等级列表 grades"
        case .gradesNotList: return "不是列表；应为 {name, label, min, quota} 的列表"
        case .bandWithoutNameOrMin: return "有一个等级缺少 name 或 min；应为 {name, label, min[, quota]}"
        case let .repeatedBand(name, first): return "等级“\(name)”重复（第一次是第 \(first) 个等级）；等级名不能重复"
        case let .bandsOutOfOrder(name, minimum, previous, previousMinimum):
            return "等级 \(name) 的 min \(number(minimum)) 排在 \(previous)（min \(number(previousMinimum))）之后；等级应按 min 从高到低排列"
        case .noBands: return "没有等级；至少要有一个等级"

        case let .historyInsideMonth(date, thisMonth): return "\(date) 在 \(month(thisMonth)) 之内；上月记录应早于 \(thisMonth.firstDay)"
        case .noPosts: return "没有岗位；至少要有一行岗位"
        case let .unknownSkill(skill): return "技能“\(skill)”不是任何岗位；应为 posts.csv 中的岗位编号，用半角分号 ; 分隔"
        case let .unknownPost(post, emptyAllowed): return "不认识的岗位“\(post)”；应为 posts.csv 中的岗位编号\(emptyAllowed ? "，或留空表示任何岗位" : "")"
        case let .unknownStaff(staff): return "不认识的人员“\(staff)”；应为 staff.csv 中的人员编号"
        case let .notDay(value): return "“\(value)”不是日子；应为日期 YYYY-MM-DD、holiday、Mon…Sun、weekday 或 weekend"
        case let .repeatedDemand(post, day, first): return "岗位 \(post) 在 \(day) 的需求重复（第一次在第 \(first) 行）；每个岗位每种日子只写一行"
        case let .notDayKind(value): return "“\(value)”不是日子类别；应为 holiday（放假）或 workday（调休上班）"
        case let .conflictingDayKind(date, kind, firstKind, first): return "\(date) 这里是 \(kind)，第 \(first) 行却是 \(firstKind)；每个日期只能有一种类别"
        case let .toBeforeFrom(to, from): return "结束日 \(to) 早于开始日 \(from)；结束日应不早于开始日"
        case let .notRequestKind(value): return "“\(value)”不是申请类别；应为 on（想上）或 off（想休）"
        case let .unknownItem(code, known): return "不认识的考核项目“\(code)”；应为以下之一：\(list(known))"
        case let .oppositeSign(given, item, standard): return "\(number(given)) 与项目 \(item) 的默认分值 \(number(standard)) 正负相反；应同号"
        case let .noDefaultPoints(item): return "该项为空，而项目 \(item) 没有默认分值；应填分值"
        case let .notAttendanceStatus(value): return "“\(value)”不是考勤异常；应为 absent（缺勤）、late（迟到）或 extra（加班）"
        case let .notRepairKind(value): return "“\(value)”不是维修类别；应为 minor（小修）或 major（大修）"
        case let .completedBeforeReported(completed, reported): return "完成时间 \(completed) 早于报修时间 \(reported)；完成应不早于报修"

        case let .historyAfterMonth(date, thisMonth): return "\(date) 晚于 \(month(thisMonth))；本月之后的记录不会用到"
        case let .pinOutsideMonth(date, thisMonth): return "\(date) 不在 \(month(thisMonth)) 内；这条指定排班本月不用"
        case let .repeatedDay(date, kind, first): return "\(date) 又一次写成 \(kind)（第一次在第 \(first) 行）；重复不影响结果"
        case let .repeatedAssignment(first, date, staff, post): return "与第 \(first) 行重复（\(date)，\(staff)，\(post)）；只算一次"
        case let .noDemand(thisMonth): return "\(month(thisMonth)) 没有任何岗位需要人；排班表将是空的"
        case let .demandWithoutSkill(post, count, thisMonth):
            return "岗位 \(post) 在 \(month(thisMonth)) 需要 \(count) 人次，但 staff.csv 里没有人具备这个技能；这些班都会缺人"
        case let .leaveAllMonth(staff, name, thisMonth): return "\(staff)（\(name)）整个 \(month(thisMonth)) 都在请假"
        case let .requestWithoutSkill(staff, post, date): return "\(staff) 申请 \(date) 上 \(post)，但不具备这个技能；这个申请无法满足"
        case let .exceptionOffRoster(staff, status, date): return "\(staff) 在 \(date) 记为\(Self.statusWord(status))，但当天没有排班；仍按记录计分"
        case let .frozenDayBroken(from, rule, breach):
            return "\(from) 之前按已发布的保留，尽管按现在的数据违反了 \(rule.rawValue)（\(Phrases.chinese.rule(rule))）：\(breach.text(.zh))"

        case let .outputRefused(found, expected): return "这个路径\(found.chinese)；应为\(expected.chinese)，所以什么也没有写"
        case let .outputFolderUnusable(inside, found):
            return "\(inside.map { "它位于 \($0) 之内，而 \($0) " } ?? "这个路径")\(found.chinese)；应为可写的输出文件夹，所以没有开始求解"
        case let .unwritableFolder(reason): return "无法写入输出文件夹（\(reason)）；应为可写的文件夹"
        case let .unwritableFile(reason): return "无法写入文件（\(reason)）；应为可写的文件路径"

        case let .dateNotInMonth(date, thisMonth): return "\(date) 不在 \(month(thisMonth)) 内；应为这个月的日期"
        case let .noRoster(thisMonth, command):
            return "这里没有 \(month(thisMonth)) 的排班表；请先运行 `\(command)`，或用 --roster 文件 指定排班表"
        case let .notOnRoster(staff, date): return "\(staff) 在 \(date) 没有排班；只能替换当天上班的人"
        case let .noSuchStore(path): return "找不到数据库；应为用 `duty import --data 文件夹 --db \(path)` 建立的总务处数据库"
        case let .cannotOpenStore(reason): return "无法打开数据库（\(reason)）；应为 duty 建立的 SQLite 文件，或一个新路径"
        case let .storeUnreadable(reason): return "无法读取数据库（\(reason)）"
        case let .storeUnwritable(reason): return "无法写入数据库（\(reason)）"
        case let .storeEmpty(path): return "数据库里还没有数据；请先运行 `duty import --data 文件夹 --db \(path)`"
        case let .importNotMade(reason): return "没有导入，数据库未改动：\(reason)"
        case let .notPublished(thisMonth, reason): return "\(month(thisMonth)) 的排班表没有发布（\(reason)）"
        case let .unknownRecordField(expected): return "不认识的字段；应为以下之一：\(list(expected))"
        case let .notRecordFile(file): return "\(file) 不是记录文件；应为 inspections.csv、attendance.csv 或 repairs.csv"
        case let .noOpenRepair(id): return "没有未完成的报修单“\(id)”；应为尚未修好的报修单号"
        case let .notDatasetFile(name, known): return "“\(name)”不是数据文件；应为以下之一：\(list(known))"
        case .noFiles: return "没有选择文件；应选择数据文件夹里的文件"
        case .userWithoutName: return "--name：用户需要一个名字"
        case .shortPassword: return "密码少于 8 个字符；至少要 8 个"
        case .staffUserWithoutStaff: return "--staff：员工角色的用户要写明本人的人员编号（--staff 编号）"
        case let .unknownStoreStaff(staff): return "--staff：不认识的人员“\(staff)”；应为数据库中 staff.csv 的人员编号"
        case let .research(text): return text
        }
    }

    /// An attendance status in words.
    private static func statusWord(_ status: String) -> String {
        switch status {
        case "absent": "缺勤"
        case "late": "迟到"
        case "extra": "加班"
        default: status
        }
    }
}

extension InputMessage.IDKind {
    var chinese: String {
        switch self {
        case .post: "岗位"
        case .staff: "人员"
        case .inspection: "检查记录"
        case .attendance: "考勤记录"
        case .repair: "报修单"
        case .shift: "班次"
        }
    }
}

extension InputMessage.Expected {
    var chinese: String {
        switch self {
        case let .id(kind): "\(kind.chinese)编号"
        case .itemCode: " rubric.yaml 中的考核项目代码"
        case .area: "区域，如 canteen、gate 或 grounds"
        case .postID: " posts.csv 中的岗位编号"
        case .staffID: " staff.csv 中的人员编号"
        case .shiftID: "班次编号"
        }
    }
}

extension InputMessage.OutputEntry {
    /// What stands at the path, as a predicate: 是一个文件, 不是文件夹.
    var chinese: String {
        switch self {
        case .file: "是一个文件"
        case .folder: "是一个文件夹"
        case .symbolicLink: "是一个符号链接"
        case .device: "是设备、管道或套接字"
        case .linkLoop: "是循环的符号链接"
        case .unwritableFolder: "是不能写入的文件夹"
        case .notFolder: "不是文件夹"
        }
    }
}

extension InputMessage.OutputExpectation {
    var chinese: String {
        switch self {
        case .folder: "文件夹"
        case .regularFile: "普通文件或新文件名"
        case .writableFolder: "可写的输出文件夹"
        }
    }
}

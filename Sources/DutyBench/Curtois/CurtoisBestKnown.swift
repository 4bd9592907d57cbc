import DutyColumnGeneration
import DutyCurtois
import DutyShiftRostering
/// Best known objective values of the Curtois–Qu instances (Curtois and Qu 2014,
/// schedulingbenchmarks.org, and later published comparisons). Instances 1–7 and 9–12 are
/// proven optimal; the others are the best upper bounds reported. Instances 20–24 have
/// no agreed value in that table.
public enum CurtoisBestKnown {
    public static let values: [String: Int] = [
        "Instance1": 607, "Instance2": 828, "Instance3": 1001, "Instance4": 1716, "Instance5": 1143,
        "Instance6": 1950, "Instance7": 1056, "Instance8": 1308, "Instance9": 439, "Instance10": 4631,
        "Instance11": 3443, "Instance12": 4040, "Instance13": 1905, "Instance14": 1279, "Instance15": 3928,
        "Instance16": 3225, "Instance17": 5750, "Instance18": 4650, "Instance19": 3218,
    ]
    /// Instances whose best known value is a proven optimum.
    public static let provenOptimal: Set<String> = ["Instance1", "Instance2", "Instance3", "Instance4", "Instance5", "Instance6",
                                                    "Instance7", "Instance9", "Instance10", "Instance11", "Instance12"]
}

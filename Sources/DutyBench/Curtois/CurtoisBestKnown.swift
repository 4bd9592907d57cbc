import DutyColumnGeneration
import DutyCurtois
import DutyShiftRostering
/// Best known objective values of the Curtois–Qu instances. Instances 1–7 and 9–12 are
/// proven optimal and agreed by several published methods; the others are the best upper
/// bounds known, as the benchmark file of a published rotation-based branch-and-price
/// solver (Legrain, Omer and Rosat) lists them, found with hours on several threads.
public enum CurtoisBestKnown {
    public static let values: [String: Int] = [
        "Instance1": 607, "Instance2": 828, "Instance3": 1001, "Instance4": 1716, "Instance5": 1143,
        "Instance6": 1950, "Instance7": 1056, "Instance8": 1300, "Instance9": 439, "Instance10": 4631,
        "Instance11": 3443, "Instance12": 4040, "Instance13": 1348, "Instance14": 1278, "Instance15": 3829,
        "Instance16": 3225, "Instance17": 5746, "Instance18": 4459, "Instance19": 3149, "Instance20": 4769,
        "Instance21": 21133, "Instance22": 30241, "Instance23": 17428, "Instance24": 42463,
    ]
    /// Instances whose best known value is a proven optimum.
    public static let provenOptimal: Set<String> = ["Instance1", "Instance2", "Instance3", "Instance4", "Instance5", "Instance6",
                                                    "Instance7", "Instance9", "Instance10", "Instance11", "Instance12"]
}

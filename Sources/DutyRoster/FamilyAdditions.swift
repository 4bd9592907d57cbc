import DutyCore
import GLPK

/// What a constraint family adds to the model beyond its rows, returned to the builder instead
/// of written into the model's shared state, so that what each family takes and gives is in its
/// signature and the order of the families is the order of their data.
struct FamilyAdditions {
    /// Columns that carry objective cost, with the term they count toward.
    private(set) var costs: [(column: Column, term: ObjectiveTerm)] = []
    /// Recomputes the family's auxiliary columns from a roster's x values and the auxiliary
    /// columns of the families it reads (which come earlier in the builder).
    private(set) var derivations: [(inout [Double]) -> Void] = []
    /// Columns for GLPK to branch on before any other, in this order.
    var branchFirst: [Column] = []

    mutating func cost(_ column: Column, _ term: ObjectiveTerm) { costs.append((column, term)) }
    mutating func derive(_ derivation: @escaping (inout [Double]) -> Void) { derivations.append(derivation) }

    /// The additions of `families` in order: costs and derivations concatenated.
    static func joined(_ families: [FamilyAdditions]) -> FamilyAdditions {
        var all = FamilyAdditions()
        for family in families {
            all.costs += family.costs
            all.derivations += family.derivations
        }
        return all
    }
}

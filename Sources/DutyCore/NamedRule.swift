/// A hard rule of a catalogue, whose kebab-case name (`one-shift-per-day`) also names the
/// model's rows for it, with `_` for `-` so that LP and MPS files can carry it.
public protocol NamedRule: RawRepresentable<String> {}

extension NamedRule {
    /// The rule's name as row names in the model use it: `one_shift_per_day`.
    public var modelName: String { String(rawValue.map { $0 == "-" ? "_" : $0 }) }
}

extension HardRule: NamedRule {}

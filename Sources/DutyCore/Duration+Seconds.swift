extension Duration {
    /// The duration in seconds, as the solver's reports and time limits use them.
    public var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}

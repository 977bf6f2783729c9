/// The initial weights of a training run, regenerated from its settings: the trainer draws them first from a
/// `SeededGenerator` seeded with `settings.seed`, so a series need not store them.
extension TwoLayerNetParameters {
    /// The parameters a run with `settings` starts from (the book's initialisation, `settings.weightInitStd ×`
    /// standard normal draws, biases zero), with `generator` seeded by `settings.seed` and left after the draws.
    init(initialFor settings: TrainingSettings, shape: NetShape, generator: inout SeededGenerator) {
        self.init(shape: shape, weightInitStd: settings.weightInitStd, generator: &generator)
    }
}

extension TrainingSeries {
    /// The weights and biases this run started from, as `Float` like `learned.parameters` (computed in the run's
    /// precision, then rounded); nil without a `learned` section, which gives the layer sizes.
    public func initialParameters() -> TwoLayerNetParameters<Float>? {
        guard let shape = learned?.parameters.shape else { return nil }
        var generator = SeededGenerator(seed: settings.seed)
        switch precision {
        case .float32:
            return TwoLayerNetParameters<Float>(initialFor: settings, shape: shape, generator: &generator)
        case .float64:
            return TwoLayerNetParameters<Double>(initialFor: settings, shape: shape, generator: &generator)
                .roundedToFloat
        }
    }
}

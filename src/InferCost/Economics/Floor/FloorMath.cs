using InferCost.Units;

namespace InferCost.Economics.Floor;

/// <summary>
/// The floor's arithmetic, one named pure function per formula (essay 000 section 6), shared by <see cref="FloorAnalysis"/>
/// and by anything that checks it against the essay's own inputs.
/// </summary>
public static class FloorMath
{
    /// <summary>Bytes a replica reads from memory per decode step: (weights + KV of every request) per GPU x GPUs per replica.</summary>
    public static Bytes StepBytes(Bytes weightsPerGpu, Bytes kvPerGpu, int gpusPerReplica) => (weightsPerGpu + kvPerGpu) * gpusPerReplica;

    /// <summary>Energy to move <paramref name="bytes"/> at <paramref name="perByte"/> (a memory's or a link's access energy).</summary>
    public static Joules Energy(Bytes bytes, JoulesPerByte perByte) => bytes * perByte;

    /// <summary>Energy of <paramref name="flops"/> at <paramref name="perFlop"/>.</summary>
    public static Joules Energy(Flops flops, JoulesPerFlop perFlop) => flops * perFlop;

    /// <summary>Price of a joule of IT energy: tariff / 3.6 MJ per kWh (the facility overhead is its own layer).</summary>
    public static DollarsPerJoule PricePerJoule(DollarsPerKilowattHour tariff) => DollarsPerJoule.Of(tariff);

    /// <summary>Price of a joule of IT energy with the facility's overhead: tariff x PUE / 3.6 MJ per kWh.</summary>
    public static DollarsPerJoule PricePerJoule(DollarsPerKilowattHour tariff, double pue) => DollarsPerJoule.Of(tariff) * pue;

    /// <summary>Cost of an amount of energy at a price per joule.</summary>
    public static Dollars Cost(Joules energy, DollarsPerJoule price) => energy * price;

    /// <summary>Cost of a million of something that costs <paramref name="each"/>.</summary>
    public static Dollars PerMillion(Dollars each) => each * 1e6;

    /// <summary>Energy per output token of a replica's step: E_step / B (the weights read once are shared by the B tokens).</summary>
    public static JoulesPerToken PerToken(Joules stepEnergy, int batch) => JoulesPerToken.Of(stepEnergy, batch);

    /// <summary>$/1M tokens of an energy per token at a price per joule.</summary>
    public static DollarsPerMillionTokens PerMillionTokens(JoulesPerToken energy, DollarsPerJoule price) => energy * price;

    /// <summary>The facility's overhead on IT energy: e x (PUE - 1).</summary>
    public static JoulesPerToken FacilityOverhead(JoulesPerToken itEnergy, double pue) => itEnergy * (pue - 1);

    /// <summary>
    /// The shortest a decode step can take: the roofline at the peak bandwidth and the FLOP/s the power limit sustains,
    /// max(bytes / BW_peak, FLOPs / FLOP/s_peak), with no efficiency loss, no communication wait and no stack overhead.
    /// </summary>
    public static Seconds MinimumStepTime(Bytes bytes, BytesPerSecond peakBandwidth, Flops flops, FlopsPerSecond peakCompute) =>
        Seconds.Max(bytes / peakBandwidth, flops / peakCompute);

    /// <summary>A price as a multiple of the floor: price / floor (the floor is above zero: its power price is).</summary>
    public static double Times(DollarsPerMillionTokens price, DollarsPerMillionTokens floor) => price / floor;
}

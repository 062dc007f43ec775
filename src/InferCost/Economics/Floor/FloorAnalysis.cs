using System.Collections.Immutable;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Economics.Floor;

/// <summary>
/// Essay 000 section 6 as a computation: the physical cost floor of a scenario. A decode step reads the weights once and
/// every request's KV (the engine's own <see cref="DecodeStepModel"/>); that memory energy, then the step's compute and
/// link energy and the facility's overhead, priced at the best-case power price and PUE, and the hardware's capital
/// spread over the shortest step the hardware allows (peak bandwidth, the FLOP/s its power limit sustains) at the best-case
/// utilisation and life. Each layer is per output
/// token at the scenario's batch (the weight bytes are shared by the B tokens; ERRATA.md, essay 000) and cumulative.
/// </summary>
public static class FloorAnalysis
{
    /// <summary>Field id of a market price set against the floor.</summary>
    public const string MarketPriceField = "market-price";

    /// <summary>The floor of <paramref name="s"/> under <paramref name="a"/>, every step recorded in <paramref name="d"/>.</summary>
    public static Result<FloorResult> Compute(Scenario s, FloorAssumptions a, Derivation d)
    {
        var errors = ScenarioValidator.Validate(s).Concat(a.Validate()).ToList();
        if (errors.Count > 0)
        {
            return Result.Fail<FloorResult>(errors);
        }

        var c = new ScenarioContext(s);
        if (s.Accelerator.Projected)
        {
            d.Warn("projected-hardware", WarningSeverity.Caution, $"{s.Accelerator.Id} is not yet shipping: its figures are estimates (see its catalog entry and sources), and so is its floor.");
        }

        var plan = MemoryPlanner.Plan(c, d);
        if (!plan.Succeeded)
        {
            return Result.Fail<FloorResult>(plan.Errors);
        }

        var decode = DecodeStepModel.Evaluate(c, plan.Value.Batch, d);
        var step = Step(c, a, decode, d);
        var (layers, capitalPerGpu) = Layers(c, a, decode, step, d);
        return Result.Ok(new FloorResult(s, a, step, layers, d.Steps, d.Warnings) { CapitalPerGpu = capitalPerGpu });
    }

    /// <summary>
    /// The floor beside today's estimate of the same scenario (<see cref="CostEstimator"/>, at the scenario's own facility
    /// and finance) and beside each of <paramref name="prices"/>: each as a multiple of the floor.
    /// </summary>
    public static Result<FloorComparison> Compare(Scenario s, FloorAssumptions a, IReadOnlyList<FloorMarketPrice> prices, Derivation d)
    {
        var bad = prices.Where(p => p.Output.Value < 0 || p.Label.Trim().Length == 0)
            .Select(p => new InputError("scenario", MarketPriceField,
                $"'{p.Label}' at {p.Output.Value} USD/1M output tokens: a market price needs a label and a price of at least 0.", ErrorCodes.OutOfRange))
            .ToList();
        if (bad.Count > 0)
        {
            return Result.Fail<FloorComparison>(bad);
        }

        var floor = Compute(s, a, d);
        if (!floor.Succeeded)
        {
            return Result.Fail<FloorComparison>(floor.Errors);
        }

        var estimate = CostEstimator.Estimate(s, Derivation.Off());
        if (!estimate.Succeeded)
        {
            return Result.Fail<FloorComparison>(estimate.Errors);
        }

        var f = floor.Value;
        d.Section = "Floor against prices";
        var todayPrice = estimate.Value.Cost.PerMillionOutputTokens;
        var today = d.Step("Today's estimate over the floor", "x = $/1M out (today's estimate, the scenario's facility and finance) / floor",
            Quantity.Number(FloorMath.Times(todayPrice, f.Total)), In("$/1M out (estimate)", todayPrice), In("floor", f.Total));
        var todayEnergy = d.Step("Today's estimate over the energy-only floor", "x = $/1M out (today's estimate) / energy-only floor",
            Quantity.Number(FloorMath.Times(todayPrice, f.EnergyOnly)), In("$/1M out (estimate)", todayPrice), In("energy-only floor", f.EnergyOnly));
        var ratios = prices.Select(p => new FloorPriceRatio(p.Label, p.Output, p.Date,
            d.Step($"{p.Label} ({p.Date}) over the floor", "x = price / floor", Quantity.Number(FloorMath.Times(p.Output, f.Total)), In("price", p.Output), In("floor", f.Total)),
            d.Step($"{p.Label} ({p.Date}) over the energy-only floor", "x = price / energy-only floor",
                Quantity.Number(FloorMath.Times(p.Output, f.EnergyOnly)), In("price", p.Output), In("energy-only floor", f.EnergyOnly)))).ToList();
        var todayRatio = new FloorPriceRatio("Today's estimate", todayPrice, "", today, todayEnergy);
        return Result.Ok(new FloorComparison(f with { Steps = d.Steps, Warnings = d.Warnings }, estimate.Value, todayRatio, ratios));
    }

    private static FloorStep Step(ScenarioContext c, FloorAssumptions a, DecodeStep decode, Derivation d)
    {
        d.Section = "Floor: one decode step";
        var n = c.GpusPerReplica;
        var gpus = In("GPUs per replica", Quantity.Count(n));
        var weights = d.Step("Weight bytes read per step (replica)", "W = W_step per GPU x GPUs per replica", decode.WeightBytes * n,
            In("W_step", decode.WeightBytes), gpus);
        var kv = d.Step("KV bytes read per step (replica, all B requests)", "KV = KV_step per GPU x GPUs per replica", decode.KvBytes * n,
            In("KV_step", decode.KvBytes), In("B", Quantity.Count(decode.Batch)), In("c_avg", Quantity.TokenCount(decode.AverageContext)), gpus);
        var bytes = d.Step("Bytes read per decode step", "bytes = W + KV (activations left out: they need not leave the chip)",
            FloorMath.StepBytes(decode.WeightBytes, decode.KvBytes, n), In("W", weights), In("KV", kv));
        var hbm = c.Accelerator.Memory.AccessEnergy;
        var energy = d.Step("Memory energy per decode step", "E_mem = bytes x e_hbm", FloorMath.Energy(bytes, hbm), In("bytes", bytes), In("e_hbm", hbm));
        var price = d.Step("Price of a joule with facility overhead", "p_facility = power price x PUE / 3.6 MJ per kWh",
            FloorMath.PricePerJoule(a.PowerPrice, a.Pue), In("power price", a.PowerPrice), In("PUE", Quantity.Number(a.Pue)));
        var cost = d.Step("Memory energy cost per decode step", "C_step = E_mem x p_facility", FloorMath.Cost(energy, price), In("E_mem", energy), In("p_facility", price));
        var perMillion = d.Step("Memory energy cost per 1M decode steps", "C_step x 10^6", FloorMath.PerMillion(cost), In("C_step", cost));
        var time = d.Step("Shortest decode step (peak bandwidth, the FLOP/s the power limit sustains, no overhead)", "t_min = max((W_step + KV_step) / BW_peak, F / FLOP/s_peak)",
            FloorMath.MinimumStepTime(decode.WeightBytes + decode.KvBytes, c.PeakBandwidth, decode.Flops, c.PeakCompute),
            In("W_step + KV_step", decode.WeightBytes + decode.KvBytes), In("BW_peak", c.PeakBandwidth), In("F", decode.Flops), In("FLOP/s_peak", c.PeakCompute));
        return new FloorStep(decode.Batch, decode.AverageContext, weights, kv, bytes, energy, price, cost, perMillion, time);
    }

    private static (ImmutableArray<FloorLayer> Layers, Dollars CapitalPerGpu) Layers(ScenarioContext c, FloorAssumptions a, DecodeStep decode, FloorStep step, Derivation d)
    {
        d.Section = "Floor: per output token";
        var s = c.Scenario;
        var n = c.GpusPerReplica;
        var b = decode.Batch;
        var gpus = In("GPUs per replica", Quantity.Count(n));
        var batch = In("B", Quantity.Count(b));
        var price = d.Step("Price of a joule of IT energy", "p = power price / 3.6 MJ per kWh", FloorMath.PricePerJoule(a.PowerPrice), In("power price", a.PowerPrice));

        var memory = d.Step("Memory energy per output token", "e_mem = E_mem / B (the weights read once serve all B tokens)",
            FloorMath.PerToken(step.MemoryEnergy, b), In("E_mem", step.MemoryEnergy), batch);
        var flops = decode.Flops * n;
        var computeStep = d.Step("Compute energy per decode step", "E_compute = F per GPU x GPUs per replica x e_flop",
            FloorMath.Energy(flops, c.EnergyPerFlop), In("F", decode.Flops), gpus, In("e_flop", c.EnergyPerFlop));
        var compute = d.Step("Compute energy per output token", "e_compute = E_compute / B", FloorMath.PerToken(computeStep, b), In("E_compute", computeStep), batch);
        var sent = decode.CommunicationBytes;
        var linkPerByte = c.Accelerator.Energy.LinkPerByte;
        var linkStep = d.Step("Interconnect energy per decode step", "E_link = bytes sent per GPU x GPUs per replica x e_link",
            FloorMath.Energy(sent * n, linkPerByte), In("bytes sent", sent), gpus, In("e_link", linkPerByte));
        var link = d.Step("Interconnect energy per output token", "e_link = E_link / B", FloorMath.PerToken(linkStep, b), In("E_link", linkStep), batch);
        var it = memory + compute + link;
        var facility = d.Step("Facility overhead energy per output token", "e_facility = (e_mem + e_compute + e_link) x (PUE - 1)",
            FloorMath.FacilityOverhead(it, a.Pue), In("e_mem + e_compute + e_link", it), In("PUE", Quantity.Number(a.Pue)));

        var capitalPerGpu = d.Step("Capital per GPU", "K = GPU price + rack and system gear", s.Finance.GpuPrice + s.Finance.RackOverheadPerGpu,
            In("GPU price", s.Finance.GpuPrice), In("rack and system gear", s.Finance.RackOverheadPerGpu));
        var capitalHour = d.Step("Capital per productive GPU-hour (best case)", "C_cap = K / (life x 8,760 h x u)",
            CapitalCost.PerProductiveHour(capitalPerGpu, a.LifeYears, a.Utilisation),
            In("K", capitalPerGpu), In("life (years)", Quantity.Number(a.LifeYears)), In("u", Quantity.Share(a.Utilisation)));
        var rate = d.Step("Output tokens per second per replica at the shortest step", "r = B / t_min", TokensPerSecond.Of(b, step.MinimumTime),
            batch, In("t_min", step.MinimumTime));
        var capital = d.Step("Capital: $/1M output tokens", "C_cap x GPUs per replica / r", TokenCostModel.LayerPerMillion(capitalHour, n, rate),
            In("C_cap", capitalHour), gpus, In("r", rate));

        var layers = ImmutableArray.CreateBuilder<FloorLayer>(5);
        var energySoFar = JoulesPerToken.Zero;
        var costSoFar = DollarsPerMillionTokens.Zero;
        void Add(string id, string name, JoulesPerToken energy, DollarsPerMillionTokens cost)
        {
            energySoFar = d.Step($"Floor up to {name.ToLowerInvariant()}: energy per output token", "previous layers + this layer", energySoFar + energy,
                In("previous layers", energySoFar), In(name, energy));
            costSoFar = d.Step($"Floor up to {name.ToLowerInvariant()}: $/1M output tokens", "previous layers + this layer", costSoFar + cost,
                In("previous layers", costSoFar), In(name, cost));
            layers.Add(new FloorLayer(id, name, energy, energySoFar, cost, costSoFar));
        }

        DollarsPerMillionTokens Priced(string name, JoulesPerToken e) =>
            d.Step($"{name}: $/1M output tokens", "e x p x 10^6", FloorMath.PerMillionTokens(e, price), In("e", e), In("p", price));

        Add("memory-energy", "Memory energy", memory, Priced("Memory energy", memory));
        Add("compute-energy", "Compute energy", compute, Priced("Compute energy", compute));
        Add("interconnect-energy", "Interconnect energy", link, Priced("Interconnect energy", link));
        Add("facility-overhead", "Facility overhead (PUE)", facility, Priced("Facility overhead (PUE)", facility));
        Add(FloorResult.CapitalLayer, "Capital", JoulesPerToken.Zero, capital);
        return (layers.MoveToImmutable(), capitalPerGpu);
    }
}

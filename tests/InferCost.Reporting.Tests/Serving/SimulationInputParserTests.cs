using InferCost.Reporting.Scenarios;
using InferCost.Reporting.Serving;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Serving;

namespace InferCost.Reporting.Tests.Serving;

/// <summary>The simulation settings as given, to a plan: defaults, each setting, and each error pointed at its option.</summary>
public class SimulationInputParserTests
{
    private static readonly Scenario S = TestCatalog.With(("tp", "8"), ("input", "1000"), ("output", "200"));

    private static ScenarioValue V(string text, string option) => new(text, option);

    private static SimulationInput Rate(string rate = "4") => new() { Rate = V(rate, "--rate") };

    private static InputError Error(SimulationInput i) => SimulationInputParser.Parse(i, S).Errors.Single();

    [Fact]
    public void Parse_OnlyARate_TakesEveryDefault()
    {
        var plan = SimulationInputParser.Parse(Rate(), S).Value;

        plan.Kind.ShouldBe(LoadKind.Rate);
        plan.Loads.ShouldBe([4.0]);
        plan.Requests.ShouldBe(SimulationLimits.DefaultRequests);
        plan.Duration.ShouldBe(double.PositiveInfinity);
        plan.Burstiness.ShouldBe(1);
        plan.Seed.ShouldBe(1);
        plan.ServiceLevel.ShouldBeNull();
        plan.Trace.ShouldBeNull();
        plan.LengthsTrace.ShouldBeNull();
        plan.Scheduler.ShouldBe(new SchedulerSettings(BatchingMode.Continuous, S.Serving.MaxRunningRequests, S.Serving.MaxBatchedTokens,
            SchedulingPolicy.DecodeFirst, KvCacheLayout.Paged, SchedulerSettings.DefaultBlockSize, PreemptionMode.Recompute));
        // The scenario's lengths, fixed.
        var sample = plan.Lengths!.Sample(new Random(1));
        (sample.InputTokens, sample.OutputTokens).ShouldBe((1000, 200));
    }

    [Fact]
    public void Parse_EverySetting_IsCarriedIntoThePlan()
    {
        var plan = SimulationInputParser.Parse(new SimulationInput
        {
            Rate = V("2, 4,8", "--rate"), Requests = V("1_000", "--requests"), Duration = V("60", "--duration"), Burstiness = V("2.5", "--burstiness"),
            Slo = V("ttft_p90=1s", "--slo"), Seed = V("42", "--seed"), Batching = V("Static", "--batching"), Policy = V("prefill-first", "--policy"),
            KvCache = V("contiguous", "--kv-cache"), BlockSize = V("32", "--block-size"), Preemption = V("swap", "--preemption"),
            MaxRunning = V("64", "--max-running"), PrefixHit = V("0.5", "--prefix-hit"),
            InputLengths = V("uniform:100..200", "--input-lengths"), OutputLengths = V("50", "--output-lengths"),
        }, S).Value;

        plan.Loads.ShouldBe([2.0, 4.0, 8.0]);
        plan.Requests.ShouldBe(1000);
        plan.Duration.ShouldBe(60);
        plan.Burstiness.ShouldBe(2.5);
        plan.Seed.ShouldBe(42);
        plan.ServiceLevel!.Targets.Single().Metric.ShouldBe(LatencyMetric.Ttft);
        plan.Scheduler.ShouldBe(new SchedulerSettings(BatchingMode.Static, 64, S.Serving.MaxBatchedTokens, SchedulingPolicy.PrefillFirst, KvCacheLayout.Contiguous, 32, PreemptionMode.Swap)
        {
            PrefixHitRate = 0.5,
        });
        var rng = new Random(1);
        Enumerable.Range(0, 200).Select(_ => plan.Lengths!.Sample(rng)).ShouldAllBe(l => l.InputTokens >= 100 && l.InputTokens <= 200 && l.OutputTokens == 50);
    }

    [Fact]
    public void Parse_DurationWithoutRequests_SendsUntilTheDurationEnds() =>
        SimulationInputParser.Parse(Rate() with { Duration = V("30", "--duration") }, S).Value.Requests.ShouldBe(SimulationLimits.MaxRequests);

    [Fact]
    public void Parse_Concurrency_WholeUsers()
    {
        var plan = SimulationInputParser.Parse(new SimulationInput { Concurrency = V("1,8,32", "--concurrency") }, S).Value;

        plan.Kind.ShouldBe(LoadKind.Concurrency);
        plan.Loads.ShouldBe([1.0, 8.0, 32.0]);
    }

    [Fact]
    public void Parse_Trace_ItsOwnLengthsAtTheSpeedsGiven()
    {
        var plan = SimulationInputParser.Parse(new SimulationInput { Trace = V("azure-code", "--trace"), TraceSpeed = V("0.5,2", "--trace-speed") }, S).Value;

        plan.Kind.ShouldBe(LoadKind.Trace);
        plan.Trace!.Name.ShouldBe("azure-code");
        plan.Loads.ShouldBe([0.5, 2.0]);
        plan.Lengths.ShouldBeNull();
        SimulationInputParser.Parse(new SimulationInput { Trace = V("azure-code", "--trace") }, S).Value.Loads.ShouldBe([1.0]);
    }

    [Fact]
    public void Parse_LengthsFrom_DrawsPairsFromTheTrace()
    {
        var plan = SimulationInputParser.Parse(Rate() with { LengthsFrom = V("azure-conv", "--lengths-from") }, S).Value;

        plan.LengthsTrace!.Name.ShouldBe("azure-conv");
        var pairs = plan.LengthsTrace.Requests.Select(r => (r.InputTokens, r.OutputTokens)).ToHashSet();
        var rng = new Random(5);
        Enumerable.Range(0, 100).Select(_ => plan.Lengths!.Sample(rng)).ShouldAllBe(l => pairs.Contains(new(l.InputTokens, l.OutputTokens)));
    }

    [Theory]
    [InlineData(false, "needs a load: a request rate (requests/s, e.g. 2,4,8), a concurrency (users, e.g. 1,8,32) or a trace (azure-conv, azure-code or a CSV file).")]
    [InlineData(true, "takes one load: a rate, a concurrency or a trace, not several.")]
    public void Parse_NoLoadOrSeveral_IsAnErrorOfTheSimulation(bool several, string reason)
    {
        var e = Error(several ? Rate() with { Concurrency = V("4", "--concurrency") } : new SimulationInput());

        e.Source.ShouldBe("simulation");
        e.Field.ShouldBe("");
        e.Reason.ShouldBe(reason);
    }

    [Theory]
    [InlineData("--rate", "0", "'0' is not allowed; a request rate (requests/s) must be from 0.001 to 100,000.")]
    [InlineData("--rate", "100001", "'100001' is not allowed; a request rate (requests/s) must be from 0.001 to 100,000.")]
    [InlineData("--rate", "fast", "'fast' is not a number; a request rate (requests/s) must be a number from 0.001 to 100,000.")]
    [InlineData("--rate", "2,NaN", "'NaN' is not a number; a request rate (requests/s) must be a number from 0.001 to 100,000.")]
    [InlineData("--rate", ",", "',' is not allowed; give a request rate (requests/s) or a comma list of 1 to 32.")]
    [InlineData("--concurrency", "2.5", "'2.5' is not allowed; a concurrency must be a whole number from 1 to 100000.")]
    [InlineData("--concurrency", "0", "'0' is not allowed; a concurrency must be a whole number from 1 to 100000.")]
    public void Parse_BadLoad_NamesTheOptionAndTheRange(string option, string text, string reason)
    {
        var e = Error(option == "--rate" ? Rate(text) : new SimulationInput { Concurrency = V(text, option) });

        e.Source.ShouldBe(option);
        e.Field.ShouldBe("");
        e.Reason.ShouldBe(reason);
    }

    [Fact]
    public void Parse_TooManyLoads_SaysHowManyAreAllowed() =>
        Error(Rate(string.Join(",", Enumerable.Range(1, SimulationLimits.MaxLoads + 1)))).Reason.ShouldEndWith($"give a request rate (requests/s) or a comma list of 1 to {SimulationLimits.MaxLoads}.");

    [Fact]
    public void Parse_BadTraceSpeed_NamesTheRange() =>
        Error(new SimulationInput { Trace = V("azure-conv", "--trace"), TraceSpeed = V("0.001", "--trace-speed") })
            .Reason.ShouldBe("'0.001' is not allowed; a trace speed must be from 0.01 to 1,000.");

    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "--requests", "0", "'0' is not allowed; the requests to send must be a whole number from 1 to 10,000,000." },
        { "--requests", "2.5", "'2.5' is not allowed; the requests to send must be a whole number from 1 to 10,000,000." },
        { "--duration", "0", "'0' is not allowed; the duration in seconds must be from 0.001 to 2,592,000." },
        { "--burstiness", "0.05", "'0.05' is not allowed; the burstiness (coefficient of variation of the gaps; 1 is Poisson) must be from 0.1 to 20." },
        { "--seed", "-1", "'-1' is not allowed; the seed must be a whole number from 0 to 2147483647." },
        { "--batching", "dynamic", "'dynamic' is not allowed; use continuous or static." },
        { "--policy", "fifo", "'fifo' is not allowed; use decode-first or prefill-first." },
        { "--kv-cache", "radix", "'radix' is not allowed; use paged or contiguous." },
        { "--preemption", "drop", "'drop' is not allowed; use recompute or swap." },
        { "--block-size", "0", "'0' is not allowed; the tokens per KV block must be a whole number from 1 to 1024." },
        { "--max-running", "100001", "'100001' is not allowed; the requests in flight per replica must be a whole number from 1 to 100000." },
        { "--prefix-hit", "-0.1", "'-0.1' is not allowed; the share of each prompt found in the prefix cache must be from 0 to 0.99." },
        { "--slo", "ttft_p90", $"'ttft_p90' is not a latency objective; use {ServiceLevelParser.Syntax}." },
        { "--output-lengths", "uniform:9..3", "the low end 9 is above the high end 3; give low <= high." },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Parse_BadSetting_NamesTheOptionAndWhatIsAllowed(string option, string text, string reason)
    {
        var v = V(text, option);
        var input = option switch
        {
            "--requests" => Rate() with { Requests = v },
            "--duration" => Rate() with { Duration = v },
            "--burstiness" => Rate() with { Burstiness = v },
            "--seed" => Rate() with { Seed = v },
            "--batching" => Rate() with { Batching = v },
            "--policy" => Rate() with { Policy = v },
            "--kv-cache" => Rate() with { KvCache = v },
            "--preemption" => Rate() with { Preemption = v },
            "--block-size" => Rate() with { BlockSize = v },
            "--max-running" => Rate() with { MaxRunning = v },
            "--prefix-hit" => Rate() with { PrefixHit = v },
            "--slo" => Rate() with { Slo = v },
            _ => Rate() with { OutputLengths = v },
        };

        var e = Error(input);

        e.Source.ShouldBe(option);
        e.Field.ShouldBe("");
        e.Reason.ShouldBe(reason);
    }

    [Fact]
    public void Parse_SettingsThatDoNotApplyToTheLoad_SayWhy()
    {
        Error(Rate() with { TraceSpeed = V("2", "--trace-speed") }).Reason.ShouldBe("scales a trace's arrival times, but no trace is given.");
        Error(new SimulationInput { Concurrency = V("4", "--concurrency"), Burstiness = V("2", "--burstiness") })
            .Reason.ShouldBe("shapes the gaps of arrivals drawn at a rate; it does not apply to a concurrency or a trace.");
        var both = Error(Rate() with { LengthsFrom = V("azure-conv", "--lengths-from"), InputLengths = V("100", "--input-lengths") });
        both.Source.ShouldBe("--lengths-from");
        both.Reason.ShouldBe("draws input and output together from a trace; leave the input and output length distributions out.");
    }

    [Theory]
    [InlineData("--trace")]
    [InlineData("--lengths-from")]
    public void Parse_MissingTraceFile_IsPointedAtTheOptionThatNamedIt(string option)
    {
        var v = V("no-such-trace.csv", option);
        var e = Error(option == "--trace" ? new SimulationInput { Trace = v } : Rate() with { LengthsFrom = v });

        e.Source.ShouldBe(option);
        e.Field.ShouldBe("");
        e.Reason.ShouldStartWith("file 'no-such-trace.csv' does not exist");
    }

    [Fact]
    public void Parse_SeveralBadSettings_ReportsEveryOne()
    {
        var errors = SimulationInputParser.Parse(Rate("0") with { Seed = V("x", "--seed"), Batching = V("none", "--batching") }, S).Errors;

        errors.Select(e => e.Source).ShouldBe(["--rate", "--seed", "--batching"], ignoreOrder: true);
    }

    [Fact]
    public void ParseForSearch_WithAnObjective_IsAnOpenLoopPlanWhoseRateTheSearchChooses()
    {
        var plan = SimulationInputParser.ParseForSearch(new SimulationInput { Slo = V("ttft_p90=2s,tpot_p99=100ms", "--slo"), Requests = V("500", "--requests") }, S).Value;

        plan.Kind.ShouldBe(LoadKind.Rate);
        plan.Requests.ShouldBe(500);
        plan.ServiceLevel!.Targets.Length.ShouldBe(2);
    }

    [Fact]
    public void ParseForSearch_WithoutAnObjective_AsksForIt()
    {
        var e = SimulationInputParser.ParseForSearch(new SimulationInput(), S).Errors.Single();

        e.Source.ShouldBe("slo");
        e.Field.ShouldBe("");
        e.Reason.ShouldBe($"needs the service level to search against: {ServiceLevelParser.Syntax}.");
    }

    [Fact]
    public void ParseForSearch_AConcurrency_IsNotASearchLoad() =>
        SimulationInputParser.ParseForSearch(new SimulationInput { Slo = V("ttft_p90=2s", "--slo"), Concurrency = V("4", "--concurrency") }, S)
            .Errors.Single().Reason.ShouldBe("takes one load: a rate, a concurrency or a trace, not several.");
}

using System.Collections.Immutable;
using InferCost.Architecture;
using InferCost.Settings;
using InferCost.Units;
using InferCost.Results;

namespace InferCost.Catalog;

/// <summary>
/// Loads and validates the catalog: data/accelerators/*.yaml, data/models/models.yaml with the
/// config.json files it names, data/stacks/*.yaml (serving stacks), data/regions.yaml, data/defaults.yaml and data/generations.yaml. Every problem is reported
/// with its file, field and reason; nothing is half-loaded.
/// </summary>
public static class CatalogLoader
{
    private static readonly string[] AcceleratorSourceGroups = ["memory", "compute", "power", "interconnect", "energy", "price", "efficiency", "host", "releaseYear", "matrixUnit", "platform"];

    /// <summary>The catalog built into the engine.</summary>
    public static Result<InferCostCatalog> LoadBuiltIn() => Load(new EmbeddedCatalogSource());

    /// <summary>Loads a catalog from any source.</summary>
    public static Result<InferCostCatalog> Load(ICatalogSource source)
    {
        var errors = new List<InputError>();
        var fabrics = NetworkFabricLoader.ReadAll(source, errors);
        var accelerators = new SortedDictionary<string, Accelerator>(StringComparer.Ordinal);
        foreach (var file in source.List("accelerators", ".yaml"))
        {
            if (ReadAccelerator(source.Read(file), file, errors, fabrics) is { } a)
            {
                if (!accelerators.TryAdd(a.Id, a))
                {
                    errors.Add(new InputError(file, "id", $"'{a.Id}' is already used by another accelerator."));
                }
            }
        }

        if (accelerators.Count == 0)
        {
            errors.Add(new InputError(source.Description, "accelerators/", "holds no accelerator files (*.yaml)."));
        }

        var models = ReadModels(source, errors);
        var regions = ReadRegions(source, errors);
        var stacks = ServingStackLoader.ReadAll(source, errors);
        var defaults = ReadDefaults(source, stacks, errors);
        var offloadTiers = OffloadTiersLoader.Read(source, errors);
        var (series, costStack) = GenerationSeriesLoader.Read(source, accelerators, errors);
        return errors.Count > 0 || defaults is null
            ? Result.Fail<InferCostCatalog>(errors)
            : Result.Ok<InferCostCatalog>(new InferCostCatalog(
                models.ToImmutableSortedDictionary(StringComparer.Ordinal),
                accelerators.ToImmutableSortedDictionary(StringComparer.Ordinal),
                regions.ToImmutableSortedDictionary(StringComparer.Ordinal),
                defaults with { OffloadTiers = offloadTiers },
                stacks.ToImmutableSortedDictionary(StringComparer.Ordinal)) { GenerationSeries = series, CostStack = costStack, Fabrics = fabrics.ToImmutableSortedDictionary(StringComparer.Ordinal) });
    }

    /// <summary>Reads one accelerator file.</summary>
    internal static Accelerator? ReadAccelerator(string text, string file, List<InputError> errors, IReadOnlyDictionary<string, NetworkFabric>? fabrics = null)
    {
        var before = errors.Count;
        if (YamlFieldReader.ParseRoot(text, file, errors) is not { } r)
        {
            return null;
        }

        var id = r.FileId(file);

        var name = r.Text("name");
        var vendor = r.Text("vendor");
        var year = r.Int("releaseYear", 2015, 2035, "year of first volume shipments");
        var status = r.Text("status");
        if (status is not ("shipping" or "projected"))
        {
            r.Error("status", $"must be 'shipping' or 'projected', found '{status}'.");
        }

        var family = r.Text("family");
        if (!System.Text.RegularExpressions.Regex.IsMatch(family, "^[a-z0-9][a-z0-9-]*$"))
        {
            r.Error("family", $"must be a lower-case id such as 'hopper', found '{family}'.");
        }

        var memory = AcceleratorPowerReader.ReadMemory(r.Map("memory"));
        var compute = ReadCompute(r.Map("compute"));
        var power = ReadPower(r.Map("power"));
        var interconnect = ReadInterconnect(r.Map("interconnect"), fabrics);
        var energy = AcceleratorPowerReader.ReadEnergy(r.Map("energy"), compute);
        var price = r.Number("priceUsd", 0, 5_000_000, "USD per GPU");
        var efficiency = ReadEfficiency(r.Map("efficiency"));
        var host = ReadHost(r.Map("host"));
        var matrixUnit = MatrixUnitReader.Read(r.Map("matrixUnit"));
        var platform = AcceleratorPowerReader.ReadPlatform(r.Map("platform"), power);
        var sources = ReadSources(r.Map("sources"), AcceleratorSourceGroups, requireEstimate: status == "projected");
        r.RejectUnknown();
        if (errors.Count > before || memory is null || compute is null || power is null || interconnect is null || energy is null || efficiency is null || host is null || matrixUnit is null || platform is null)
        {
            return null;
        }

        return new Accelerator(id, name, vendor, year, status == "projected", family, memory, compute, power, interconnect, energy, new Dollars(price), efficiency, host, sources, platform, matrixUnit);
    }

    private static ImmutableDictionary<Precision, FlopsPerSecond>? ReadCompute(YamlFieldReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var rates = ImmutableDictionary.CreateBuilder<Precision, FlopsPerSecond>();
        foreach (var p in Enum.GetValues<Precision>())
        {
            if (r.OptionalNumber(PrecisionFacts.Name(p), 0.001, 1_000_000, "dense TFLOP/s") is { } tflops)
            {
                rates[p] = FlopsPerSecond.FromTeraflops(tflops);
            }
        }

        if (rates.Count == 0)
        {
            r.Error("", "must give dense TFLOP/s for at least one of fp16, bf16, fp8, fp4.");
        }

        r.RejectUnknown();
        return rates.ToImmutable();
    }

    private static PowerSpec? ReadPower(YamlFieldReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var tdp = r.Number("tdpW", 1, 10_000, "watts");
        var idle = r.Number("idleW", 0, 10_000, "watts");
        if (idle >= tdp)
        {
            r.Error("idleW", $"must be below tdpW ({tdp} W), found {idle}.");
        }

        r.RejectUnknown();
        return new PowerSpec(new Watts(tdp), new Watts(idle));
    }

    private static InterconnectSpec? ReadInterconnect(YamlFieldReader? r, IReadOnlyDictionary<string, NetworkFabric>? fabrics)
    {
        if (r is null)
        {
            return null;
        }

        var spec = new InterconnectSpec(
            BytesPerSecond.FromGigabytesPerSecond(r.Number("scaleUpGBps", 1, 100_000, "GB/s per direction per GPU")),
            r.Int("scaleUpDomain", 1, 100_000, "GPUs in one scale-up domain"),
            BytesPerSecond.FromGigabitsPerSecond(r.Number("scaleOutGbps", 0, 100_000, "Gbit/s per GPU")),
            Seconds.FromMicroseconds(r.Number("allReduceLatencyUs", 0, 10_000, "microseconds")),
            FabricReader.Read(r));

        // The fabrics the accelerator ships with (data/fabrics.yaml), which must carry its own bandwidths.
        if (fabrics is not null)
        {
            spec = spec with
            {
                ScaleUpFabric = NetworkFabricLoader.Resolve(r, "scaleUpFabric", FabricScale.Up, spec.ScaleUpBandwidth, "scaleUpGBps", fabrics),
                ScaleOutFabric = NetworkFabricLoader.Resolve(r, "scaleOutFabric", FabricScale.Out, spec.ScaleOutBandwidth, "scaleOutGbps", fabrics),
            };
        }

        r.RejectUnknown();
        return spec;
    }

    /// <summary>Reads an efficiency block (the accelerator files' and calibration profiles' shared shape); unknown fields are left to the caller.</summary>
    internal static ServingEfficiency ReadEfficiencyFields(YamlFieldReader r) => new(
            r.Number("bandwidthFraction", 0.01, 1, "fraction of peak bandwidth"),
            r.Number("computeFraction", 0.01, 1, "fraction of peak FLOP/s"),
            r.Number("linkFraction", 0.01, 1, "fraction of scale-up peak"));

    private static HostSpec? ReadHost(YamlFieldReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var spec = new HostSpec(r.Text("cpu"), r.Number("relativeSpeed", 0.1, 10, "single-core speed relative to the reference host, Xeon Platinum 8480C = 1"));
        r.RejectUnknown();
        return spec;
    }

    private static ServingEfficiency? ReadEfficiency(YamlFieldReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var spec = ReadEfficiencyFields(r);
        r.RejectUnknown();
        return spec;
    }

    /// <summary>Reads a sources mapping: one {ref, date, note} per group, every required group present.</summary>
    internal static ImmutableSortedDictionary<string, SourceRef> ReadSources(
        YamlFieldReader? r, IReadOnlyList<string> groups, bool requireEstimate = false)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, SourceRef>(StringComparer.Ordinal);
        if (r is null)
        {
            return result.ToImmutable();
        }

        foreach (var group in groups)
        {
            if (r.Map(group) is { } g && ReadSource(g, requireEstimate) is { } source)
            {
                result[group] = source;
            }
        }

        r.RejectUnknown();
        return result.ToImmutable();
    }

    /// <summary>Reads one {ref, date, note} source.</summary>
    internal static SourceRef? ReadSource(YamlFieldReader r, bool requireEstimate = false)
    {
        var reference = r.Text("ref");
        var date = r.Text("date");
        var note = r.OptionalText("note");
        if (!System.Text.RegularExpressions.Regex.IsMatch(date, @"^(19|20)\d\d(-(0[1-9]|1[0-2]))?(-\d\d)?$"))
        {
            r.Error("date", $"must be a date as YYYY, YYYY-MM or YYYY-MM-DD, found '{date}'.");
        }

        if (requireEstimate && (note is null || !note.Contains("estimate", StringComparison.OrdinalIgnoreCase)))
        {
            r.Error("note", "must say 'estimate' (and on what it is based): this hardware is projected.");
        }

        r.RejectUnknown();
        return new SourceRef(reference, date, note);
    }

    private static Dictionary<string, ModelEntry> ReadModels(ICatalogSource source, List<InputError> errors)
    {
        const string file = "models/models.yaml";
        var models = new Dictionary<string, ModelEntry>(StringComparer.Ordinal);
        if (!source.Exists(file))
        {
            errors.Add(new InputError(source.Description, file, "is missing: it lists the catalog's models."));
            return models;
        }

        if (YamlFieldReader.ParseRoot(source.Read(file), file, errors) is not { } root)
        {
            return models;
        }

        foreach (var r in root.Items("models"))
        {
            var id = r.Text("id");
            var name = r.Text("name");
            var family = r.Text("family");
            if (!System.Text.RegularExpressions.Regex.IsMatch(family, "^[a-z0-9][a-z0-9.-]*$"))
            {
                r.Error("family", $"must be a lower-case id such as 'llama-3', found '{family}'.");
            }

            var config = r.Text("config");
            var configSource = r.Map("configSource") is { } cs ? ReadSource(cs) : null;
            PublishedParameters? published = null;
            if (r.Map("published", required: false) is { } p)
            {
                var total = p.Number("totalParameters", 1e6, 1e14, "parameters");
                var active = p.Number("activeParameters", 1e6, 1e14, "parameters");
                var excludes = p.Bool("activeExcludesInputEmbedding", false);
                var src = p.Map("source") is { } ps ? ReadSource(ps) : null;
                p.RejectUnknown();
                published = src is null ? null : new PublishedParameters(total, active, excludes, src);
            }

            NextTokenAcceptance? mtp = null;
            if (r.Map("mtp", required: false) is { } m)
            {
                var acceptance = m.Number("acceptance", 0, 1, "share of drafted tokens accepted");
                var src = m.Map("source") is { } ms ? ReadSource(ms) : null;
                m.RejectUnknown();
                mtp = src is null ? null : new NextTokenAcceptance(acceptance, src);
            }

            r.RejectUnknown();
            var path = "models/" + config;
            if (!source.Exists(path))
            {
                r.Error("config", $"names '{config}', which is not in models/.");
                continue;
            }

            var parsed = HfConfigParser.Parse(source.Read(path), path);
            if (!parsed.Succeeded)
            {
                errors.AddRange(parsed.Errors);
                continue;
            }

            if (configSource is not null && !models.TryAdd(id, new ModelEntry(id, name, family, config, new ModelProfile(parsed.Value), published, configSource) { Mtp = mtp }))
            {
                r.Error("id", $"'{id}' is listed twice.");
            }
        }

        root.RejectUnknown();
        return models;
    }

    private static Dictionary<string, Region> ReadRegions(ICatalogSource source, List<InputError> errors)
    {
        const string file = "regions.yaml";
        var regions = new Dictionary<string, Region>(StringComparer.Ordinal);
        if (!source.Exists(file))
        {
            errors.Add(new InputError(source.Description, file, "is missing: it lists regional power prices."));
            return regions;
        }

        if (YamlFieldReader.ParseRoot(source.Read(file), file, errors) is not { } root)
        {
            return regions;
        }

        foreach (var r in root.Items("regions"))
        {
            var id = r.Text("id");
            var name = r.Text("name");
            var price = r.Number("usdPerKwh", 0, 10, "USD per kWh");
            var src = r.Map("source") is { } s ? ReadSource(s) : null;
            r.RejectUnknown();
            if (src is not null && !regions.TryAdd(id, new Region(id, name, new DollarsPerKilowattHour(price), src)))
            {
                r.Error("id", $"'{id}' is listed twice.");
            }
        }

        root.RejectUnknown();
        return regions;
    }

    private static CatalogDefaults? ReadDefaults(ICatalogSource source, IReadOnlyDictionary<string, ServingStackSpec> stacks, List<InputError> errors)
    {
        const string file = "defaults.yaml";
        if (!source.Exists(file))
        {
            errors.Add(new InputError(source.Description, file, "is missing: it holds facility, finance and serving defaults."));
            return null;
        }

        var before = errors.Count;
        if (YamlFieldReader.ParseRoot(source.Read(file), file, errors) is not { } root)
        {
            return null;
        }

        var facility = root.Map("facility");
        var finance = root.Map("finance");
        var serving = root.Map("serving");
        if (facility is null || finance is null || serving is null)
        {
            return null;
        }

        var pue = facility.Number("pue", 1, 3, "facility power / IT power");
        var powerPrice = facility.Number("powerUsdPerKwh", 0, 10, "USD per kWh");
        var layers = facility.Items("overheadLayers").Select(l =>
        {
            var layer = new FacilityLayer(l.Text("id"), l.Text("name"), l.Number("lowPercent", 0, 100, "% of IT load"), l.Number("highPercent", 0, 100, "% of IT load"));
            l.RejectUnknown();
            return layer;
        }).ToImmutableArray();
        facility.RejectUnknown();

        var storage = finance.Map("storage");
        var settings = storage is null ? null : new StorageSettings(
            storage.Number("localTB", 0, 1000, "TB per GPU"),
            storage.Number("localUsdPerGB", 0, 100, "USD per GB"),
            storage.Number("offloadTB", 0, 1000, "TB per GPU"),
            storage.Number("offloadUsdPerGB", 0, 100, "USD per GB"),
            storage.Number("networkedTB", 0, 1000, "TB per GPU"),
            storage.Number("networkedUsdPerGB", 0, 100, "USD per GB"),
            new Watts(storage.Number("powerW", 0, 1000, "watts per GPU")));
        storage?.RejectUnknown();
        var rack = finance.Number("rackOverheadUsdPerGpu", 0, 1_000_000, "USD per GPU");
        var life = finance.Number("lifeYears", 0.1, 20, "years");
        var utilisation = finance.Number("utilisation", 0.01, 1, "fraction of hours producing tokens");
        var network = finance.Number("networkGearUsdPerGpu", 0, 1_000_000, "USD per GPU");
        var nic = finance.Number("nicPowerW", 0, 1000, "watts per GPU");
        var labour = finance.Number("labourShare", 0, 5, "share of infrastructure cost");
        finance.RejectUnknown();

        var stackId = serving.Text("stack");
        var stack = stacks.GetValueOrDefault(stackId);
        if (stack is null && stackId.Length > 0 && stacks.Count > 0)
        {
            serving.Error("stack", $"names '{stackId}', which is not in stacks/; known: {string.Join(", ", stacks.Keys)}.");
        }

        var activations = serving.Number("activationValuesPerTokenPerLayer", 0, 1000, "multiples of the hidden size");
        var sram = serving.Number("sramBytesPerHbmByte", 0, 100, "bytes of SRAM traffic per byte from memory");
        serving.RejectUnknown();

        var sources = ReadSources(root.Map("sources"), ["facility", "overheadLayers", "finance", "storage", "network", "labour", "serving"]);
        root.RejectUnknown();
        if (errors.Count > before || settings is null || stack is null)
        {
            return null;
        }

        // The chunk size and the request cap are the default stack's; a scenario on another stack takes that stack's.
        var servingSettings = new ServingSettings(stack.MaxBatchedTokens, activations, sram, stack.MaxRunningRequests);
        return new CatalogDefaults(
            new FacilitySettings(pue, new DollarsPerKilowattHour(powerPrice), layers),
            new Dollars(rack), life, utilisation, settings, new Dollars(network), new Watts(nic), labour, servingSettings, stack, sources);
    }
}

using InferCost.Economics;
using InferCost.Scenarios;
using InferCost.Sweeps;
using InferCost.Units;

namespace InferCost.Analysis;

/// <summary>What each <see cref="UncertainInput"/> is: its unit, whether it is a whole number, and where it goes in a scenario.</summary>
public static class UncertainInputFacts
{
    /// <summary>Batch and token counts are whole numbers: sampled values are rounded to the nearest.</summary>
    public static bool IsWholeNumber(UncertainInput input) => input is UncertainInput.Batch or UncertainInput.InputTokens or UncertainInput.OutputTokens;

    /// <summary>A value of the input as a quantity in its unit, for reports.</summary>
    public static Quantity ToQuantity(UncertainInput input, double value) => input switch
    {
        UncertainInput.Capex or UncertainInput.RackOverhead or UncertainInput.NetworkCapex => new Quantity(value, Unit.Dollars),
        UncertainInput.PowerPrice => new Quantity(value, Unit.DollarsPerKilowattHour),
        UncertainInput.Utilisation or UncertainInput.LabourShare => Quantity.Share(value),
        UncertainInput.NicPower or UncertainInput.StoragePower => new Quantity(value, Unit.Watts),
        UncertainInput.OffloadTerabytes => new Quantity(value * 1e12, Unit.Bytes),
        UncertainInput.Batch => Quantity.Count(value),
        UncertainInput.InputTokens or UncertainInput.OutputTokens => Quantity.TokenCount(value),
        _ => Quantity.Number(value),
    };

    /// <summary>The scenario with the input set to <paramref name="value"/> (rounded when it is a whole number).</summary>
    public static Scenario ApplyTo(Scenario s, UncertainInput input, double value)
    {
        var f = s.Finance;
        return input switch
        {
            UncertainInput.Capex => s with { Finance = f with { GpuPrice = new Dollars(value) } },
            UncertainInput.Pue => s with { Facility = s.Facility with { Pue = value } },
            UncertainInput.Utilisation => s with { Finance = f with { Utilisation = value } },
            UncertainInput.PowerPrice => s with { Facility = s.Facility with { PowerPrice = new DollarsPerKilowattHour(value) } },
            UncertainInput.LifeYears => s with { Finance = f with { LifeYears = value } },
            UncertainInput.LabourShare => s with { Finance = f with { LabourShare = value } },
            UncertainInput.RackOverhead => s with { Finance = f with { RackOverheadPerGpu = new Dollars(value) } },
            UncertainInput.NetworkCapex => s with { Finance = f with { NetworkGearPerGpu = new Dollars(value) } },
            UncertainInput.NicPower => s with { Finance = f with { NicPower = new Watts(value) } },
            UncertainInput.StoragePower => s with { Finance = f with { Storage = f.Storage with { Power = new Watts(value) } } },
            UncertainInput.OffloadTerabytes => s with { Finance = f with { Storage = f.Storage with { OffloadTerabytes = value } } },
            UncertainInput.Batch => s with { Batch = BatchSize.Of(Whole(value)) },
            UncertainInput.InputTokens => s with { InputTokens = Whole(value) },
            UncertainInput.OutputTokens => s with { OutputTokens = Whole(value) },
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, "Not an uncertain input."),
        };
    }

    /// <summary>
    /// The sweep point with the input set to <paramref name="value"/>: the same fields as <see cref="ApplyTo(Scenario, UncertainInput, double)"/>,
    /// on the flat inputs the sweep kernel reads (<paramref name="storage"/> prices a sampled offload capacity).
    /// </summary>
    public static void ApplyTo(ref PointInputs p, UncertainInput input, double value, StorageSettings storage)
    {
        var c = p.Cost;
        switch (input)
        {
            case UncertainInput.Batch:
                p.Batch = BatchSize.Of(Whole(value));
                return;
            case UncertainInput.InputTokens:
                p.InputTokens = Whole(value);
                return;
            case UncertainInput.OutputTokens:
                p.OutputTokens = Whole(value);
                return;
            default:
                p.Cost = input switch
                {
                    UncertainInput.Capex => c with { GpuPrice = new Dollars(value) },
                    UncertainInput.Pue => c with { Pue = value },
                    UncertainInput.Utilisation => c with { Utilisation = value },
                    UncertainInput.PowerPrice => c with { PowerPrice = new DollarsPerKilowattHour(value) },
                    UncertainInput.LifeYears => c with { LifeYears = value },
                    UncertainInput.LabourShare => c with { LabourShare = value },
                    UncertainInput.RackOverhead => c with { RackOverhead = new Dollars(value) },
                    UncertainInput.NetworkCapex => c with { NetworkGear = new Dollars(value) },
                    UncertainInput.NicPower => c with { NicPower = new Watts(value) },
                    UncertainInput.StoragePower => c with { StoragePower = new Watts(value) },
                    UncertainInput.OffloadTerabytes => c with { DrivesCapital = (storage with { OffloadTerabytes = value }).Capital },
                    _ => throw new ArgumentOutOfRangeException(nameof(input), input, "Not an uncertain input."),
                };
                return;
        }
    }

    // Halves round away from zero, so a range of whole numbers never rounds below its low end or above its high end.
    private static int Whole(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}

using InferCost.Scenarios;
using InferCost.Units;

namespace InferCost.Sweeps;

/// <summary>Sets a <see cref="PointField"/> on a sweep point (in place, allocation-free) or on a scenario (for validation and checks).</summary>
public static class PointFields
{
    /// <summary>Sets <paramref name="field"/> to <paramref name="value"/> on a point; a batch of 0 means the largest that fits.</summary>
    public static void Apply(ref PointInputs p, PointField field, double value)
    {
        switch (field)
        {
            case PointField.Batch:
                p.Batch = value == 0 ? BatchSize.Max : BatchSize.Of((int)value);
                break;
            case PointField.InputTokens:
                p.InputTokens = (int)value;
                break;
            case PointField.OutputTokens:
                p.OutputTokens = (int)value;
                break;
            case PointField.PowerPrice:
                p.Cost = p.Cost with { PowerPrice = new DollarsPerKilowattHour(value) };
                break;
            case PointField.Pue:
                p.Cost = p.Cost with { Pue = value };
                break;
            case PointField.Utilisation:
                p.Cost = p.Cost with { Utilisation = value };
                break;
            case PointField.GpuPrice:
                p.Cost = p.Cost with { GpuPrice = new Dollars(value) };
                break;
            case PointField.RackOverhead:
                p.Cost = p.Cost with { RackOverhead = new Dollars(value) };
                break;
            case PointField.LifeYears:
                p.Cost = p.Cost with { LifeYears = value };
                break;
            case PointField.StoragePower:
                p.Cost = p.Cost with { StoragePower = new Watts(value) };
                break;
            case PointField.NetworkGear:
                p.Cost = p.Cost with { NetworkGear = new Dollars(value) };
                break;
            case PointField.NicPower:
                p.Cost = p.Cost with { NicPower = new Watts(value) };
                break;
            case PointField.LabourShare:
                p.Cost = p.Cost with { LabourShare = value };
                break;
            case PointField.OffloadTerabytes:
                p.Cost = p.Cost with { DrivesCapital = (p.Context.Scenario.Finance.Storage with { OffloadTerabytes = value }).Capital };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, "Not a point field.");
        }
    }

    /// <summary>Whether the field counts whole things (requests, tokens).</summary>
    public static bool IsWholeNumber(PointField field) => field is PointField.Batch or PointField.InputTokens or PointField.OutputTokens;

    /// <summary>A value of the field with its unit, for reports.</summary>
    public static Quantity ToQuantity(PointField field, double value) => field switch
    {
        PointField.GpuPrice or PointField.RackOverhead or PointField.NetworkGear => new Quantity(value, Unit.Dollars),
        PointField.PowerPrice => new Quantity(value, Unit.DollarsPerKilowattHour),
        PointField.Utilisation or PointField.LabourShare => Quantity.Share(value),
        PointField.NicPower or PointField.StoragePower => new Quantity(value, Unit.Watts),
        PointField.OffloadTerabytes => new Quantity(value * 1e12, Unit.Bytes),
        PointField.Batch => Quantity.Count(value),
        PointField.InputTokens or PointField.OutputTokens => Quantity.TokenCount(value),
        _ => Quantity.Number(value),
    };

    /// <summary>The same change made to a scenario (so that a point can be checked against the explained estimate).</summary>
    public static Scenario ApplyTo(Scenario s, PointField field, double value) => field switch
    {
        PointField.Batch => s with { Batch = value == 0 ? BatchSize.Max : BatchSize.Of((int)value) },
        PointField.InputTokens => s with { InputTokens = (int)value },
        PointField.OutputTokens => s with { OutputTokens = (int)value },
        PointField.PowerPrice => s with { Facility = s.Facility with { PowerPrice = new DollarsPerKilowattHour(value) } },
        PointField.Pue => s with { Facility = s.Facility with { Pue = value } },
        PointField.Utilisation => s with { Finance = s.Finance with { Utilisation = value } },
        PointField.GpuPrice => s with { Finance = s.Finance with { GpuPrice = new Dollars(value) } },
        PointField.RackOverhead => s with { Finance = s.Finance with { RackOverheadPerGpu = new Dollars(value) } },
        PointField.LifeYears => s with { Finance = s.Finance with { LifeYears = value } },
        PointField.StoragePower => s with { Finance = s.Finance with { Storage = s.Finance.Storage with { Power = new Watts(value) } } },
        PointField.NetworkGear => s with { Finance = s.Finance with { NetworkGearPerGpu = new Dollars(value) } },
        PointField.NicPower => s with { Finance = s.Finance with { NicPower = new Watts(value) } },
        PointField.LabourShare => s with { Finance = s.Finance with { LabourShare = value } },
        PointField.OffloadTerabytes => s with { Finance = s.Finance with { Storage = s.Finance.Storage with { OffloadTerabytes = value } } },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a point field."),
    };
}

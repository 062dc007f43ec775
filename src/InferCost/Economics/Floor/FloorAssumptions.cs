using InferCost.Results;
using InferCost.Scenarios.Fields;
using InferCost.Units;

namespace InferCost.Economics.Floor;

/// <summary>
/// The best-case facility and capital inputs of the physical floor. They are the floor's own (defaults in data/floor.yaml),
/// apart from the scenario's power price, PUE, utilisation and life, which price today's estimate: the floor asks what a
/// token costs at the best facility and the best use of the hardware, whatever the scenario's operator pays today.
/// </summary>
/// <param name="PowerPrice">Electricity price at the best facility.</param>
/// <param name="Pue">Power usage effectiveness at the best facility (facility power / IT power).</param>
/// <param name="Utilisation">Fraction of the hardware's life it produces tokens (1 = every hour).</param>
/// <param name="LifeYears">Years the capital is spread over.</param>
public sealed record FloorAssumptions(DollarsPerKilowattHour PowerPrice, double Pue, double Utilisation, double LifeYears)
{
    /// <summary>Field id of <see cref="PowerPrice"/>.</summary>
    public const string PowerPriceField = "floor-power-price";

    /// <summary>Field id of <see cref="Pue"/>.</summary>
    public const string PueField = "floor-pue";

    /// <summary>Field id of <see cref="Utilisation"/>.</summary>
    public const string UtilisationField = "floor-utilisation";

    /// <summary>Field id of <see cref="LifeYears"/>.</summary>
    public const string LifeYearsField = "floor-life-years";

    /// <summary>Highest power price accepted, USD/kWh: the scenario field's own bound.</summary>
    public static double MaxPowerPrice => ScenarioFields.PowerPrice.Range!.Max;

    /// <summary>Highest PUE accepted: the scenario field's own bound.</summary>
    public static double MaxPue => ScenarioFields.Pue.Range!.Max;

    /// <summary>Shortest depreciation life accepted, years (a month or so: below it no capital floor means anything).</summary>
    public const double MinLifeYears = 0.1;

    /// <summary>Longest depreciation life accepted, years: the scenario field's own bound.</summary>
    public static double MaxLifeYears => ScenarioFields.LifeYears.Range!.Max;

    /// <summary>Every problem with the assumptions, each naming its field (empty when they are valid).</summary>
    public IReadOnlyList<InputError> Validate()
    {
        var errors = new List<InputError>();
        void Check(bool ok, string field, string reason)
        {
            if (!ok)
            {
                errors.Add(new InputError("scenario", field, reason, ErrorCodes.OutOfRange));
            }
        }

        var price = PowerPrice.Value;
        Check(price > 0 && price <= MaxPowerPrice, PowerPriceField,
            $"must be above 0 and at most {FieldRange.Format(MaxPowerPrice)} USD/kWh (an electricity price cannot be negative, and at 0 the energy floor vanishes and no price can be set against it), found {FieldRange.Format(price)}.");
        Check(Pue >= 1 && Pue <= MaxPue, PueField,
            $"must be between 1 and {FieldRange.Format(MaxPue)} (facility power over IT power is at least 1), found {FieldRange.Format(Pue)}.");
        Check(Utilisation > 0 && Utilisation <= 1, UtilisationField,
            $"must be above 0 and at most 1 (the share of hours the hardware produces tokens; at 0 its capital is spread over no output), found {FieldRange.Format(Utilisation)}.");
        Check(LifeYears >= MinLifeYears && LifeYears <= MaxLifeYears, LifeYearsField,
            $"must be between {FieldRange.Format(MinLifeYears)} and {FieldRange.Format(MaxLifeYears)} years, found {FieldRange.Format(LifeYears)}.");
        return errors;
    }
}

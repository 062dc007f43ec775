using InferCost.Economics.Checks;
using InferCost.Results;

namespace InferCost.Economics.Drivers;

/// <summary>One driver of the per-token price's fall: its gain per hardware cycle as a range (essay 004's table).</summary>
/// <param name="Id">Its id (also the field that overrides it).</param>
/// <param name="Name">What it is.</param>
/// <param name="Low">The low end of its gain per cycle.</param>
/// <param name="High">The high end.</param>
/// <param name="How">How it works, in the essay's words.</param>
public sealed record CostDriver(string Id, string Name, double Low, double High, string How)
{
    /// <summary>The midpoint of the range, (low + high) / 2, as essay 004 stacks them (2.5, 2.5, 4, 3).</summary>
    public double Mid => (Low + High) / 2;

    /// <summary>A checked driver: both ends in <see cref="DriverFields.GainRange"/>, low not above high; errors name the field <paramref name="id"/>.</summary>
    public static Result<CostDriver> Create(string id, string name, double low, double high, string how)
    {
        var errors = new List<InputError?>
        {
            RateCheck.Check(id, low, DriverFields.GainRange, "x per cycle (low end)"),
            RateCheck.Check(id, high, DriverFields.GainRange, "x per cycle (high end)"),
        };
        if (errors.TrueForAll(e => e is null) && low > high)
        {
            errors.Add(RateCheck.Error(id, $"the low end ({low}) is above the high end ({high}); write the range low..high."));
        }

        return RateCheck.Collect(errors, () => new CostDriver(id, name, low, high, how));
    }
}

using System.Collections.Immutable;
using InferCost.Performance;
using InferCost.Sweeps;

namespace InferCost.Sweeps.Grid;

/// <summary>
/// The Cartesian product of structural combinations (outermost) and point axes (the last varies fastest), evaluated in
/// chunks by <see cref="PointEstimator"/> without allocating per point. Point i is addressable without evaluating the rest,
/// so writers can label rows and work can be split.
/// </summary>
public sealed class SweepGrid
{
    private readonly PointInputs[] _templates;
    private readonly long[] _strides;

    /// <summary>Builds the grid.</summary>
    public SweepGrid(ImmutableArray<SweepCase> cases, ImmutableArray<PointAxis> axes)
    {
        if (cases.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A sweep needs at least one case.", nameof(cases));
        }

        if (axes.Any(a => a.Values.IsDefaultOrEmpty))
        {
            throw new ArgumentException("Every axis needs at least one value.", nameof(axes));
        }

        Cases = cases;
        Axes = axes;
        _templates = [.. cases.Select(c => c.Context is null ? default : new PointInputs(c.Context))];
        _strides = new long[axes.Length];
        long stride = 1;
        for (var k = axes.Length - 1; k >= 0; k--)
        {
            _strides[k] = stride;
            stride = checked(stride * axes[k].Values.Length);
        }

        PointsPerCase = stride;
        Count = checked(PointsPerCase * cases.Length);
    }

    /// <summary>The structural combinations.</summary>
    public ImmutableArray<SweepCase> Cases { get; }

    /// <summary>The point axes.</summary>
    public ImmutableArray<PointAxis> Axes { get; }

    /// <summary>Points per structural combination.</summary>
    public long PointsPerCase { get; }

    /// <summary>All points.</summary>
    public long Count { get; }

    /// <summary>The structural combination of point <paramref name="index"/>.</summary>
    public int CaseIndex(long index) => (int)(index / PointsPerCase);

    /// <summary>The index into axis <paramref name="axis"/>'s values of point <paramref name="index"/>.</summary>
    public int ValueIndex(long index, int axis) => (int)(index % PointsPerCase / _strides[axis] % Axes[axis].Values.Length);

    /// <summary>The inputs of point <paramref name="index"/> (its case must be valid).</summary>
    public PointInputs Inputs(long index)
    {
        var p = _templates[CaseIndex(index)];
        for (var k = 0; k < Axes.Length; k++)
        {
            PointFields.Apply(ref p, Axes[k].Field, Axes[k].Values[ValueIndex(index, k)]);
        }

        return p;
    }

    /// <summary>Evaluates points <paramref name="start"/> onwards into <paramref name="results"/> (as many as it holds).</summary>
    public void Evaluate(long start, Span<PointEstimate> results)
    {
        for (var j = 0; j < results.Length; j++)
        {
            var index = start + j;
            results[j] = Cases[CaseIndex(index)].Context is null
                ? PointEstimate.Infeasible(PointStatus.InvalidScenario, 0, default, default)
                : PointEstimator.Evaluate(Inputs(index));
        }
    }
}

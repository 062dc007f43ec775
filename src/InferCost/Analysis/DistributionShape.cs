namespace InferCost.Analysis;

/// <summary>The shape of an input's distribution.</summary>
public enum DistributionShape
{
    /// <summary>Every value between the ends equally likely.</summary>
    Uniform,

    /// <summary>Likeliest at the mode, falling linearly to zero at the ends.</summary>
    Triangular,
}

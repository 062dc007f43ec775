namespace InferCost.Economics.Market;

/// <summary>Where a tier's fitted price stands against the floor band.</summary>
public enum CrossingKind
{
    /// <summary>The fit is falling and reaches the band's high edge after the last price fitted.</summary>
    Crosses,

    /// <summary>The fit is already at or below the band's high edge at the last price fitted.</summary>
    AlreadyReached,

    /// <summary>The fit is flat or rising (or reaches the band only beyond the horizon), so it never reaches the band.</summary>
    Never,
}

namespace InferCost.Catalog;

/// <summary>Reads an accelerator file's <c>matrixUnit:</c> section.</summary>
internal static class MatrixUnitReader
{
    /// <summary>Reads <c>minTileM</c> and <c>blockScaledMma</c> (false when absent); null when the section is missing (an error is already recorded).</summary>
    public static MatrixUnitSpec? Read(YamlFieldReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var spec = new MatrixUnitSpec(r.Int("minTileM", 1, 1024, "rows one matrix instruction computes"), r.Bool("blockScaledMma", false));
        r.RejectUnknown();
        return spec;
    }
}

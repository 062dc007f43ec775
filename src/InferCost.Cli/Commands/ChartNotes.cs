namespace InferCost.Cli.Commands;

/// <summary>
/// What a command says when it does not draw the chart it was asked for, because there is nothing to draw: an empty
/// chart (axes from -11 to 11, no data) would look like a result, so the file is not written and stderr says why.
/// </summary>
internal static class ChartNotes
{
    /// <summary>Prints that the chart at <paramref name="path"/> was not written, and why.</summary>
    public static void NotDrawn(CliContext context, string path, string why) =>
        context.Error.WriteLine($"note: no chart drawn ({why}); '{path}' was not written.");
}

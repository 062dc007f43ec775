using Spectre.Console;

namespace InferCost.Cli.Rendering;

/// <summary>Spectre consoles over any writer: plain text when the writer is not an interactive terminal.</summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole For(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

        // Redirected output (files, pipes, tests) has no width of its own: lay tables out wide rather than wrap cells.
        if (!terminal)
        {
            console.Profile.Width = 200;
        }

        return console;
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Multiprocessing.Benchmarks.Harness;

/// <summary>
/// The command line of the benchmark program:
/// <c>--list</c> prints the cases as JSON lines; <c>--case NAME [--runs N] [--warmup N] [--json]</c> runs one case
/// and prints its result, as one JSON line with <c>--json</c>.
/// </summary>
internal static class BenchmarkCli
{
    private const int DefaultRuns = 30;
    private const int DefaultWarmup = 3;

    private const string Usage =
        "usage: Multiprocessing.Benchmarks --list\n" +
        "       Multiprocessing.Benchmarks --case NAME [--runs N] [--warmup N] [--json]";

    public static int Run(string[] args)
    {
        string? caseName = null;
        bool json = false;
        bool list = false;
        int runs = DefaultRuns;
        int warmup = DefaultWarmup;

        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--case" when i + 1 < args.Length:
                    caseName = args[++i];
                    break;
                case "--runs" when i + 1 < args.Length && TryCount(args[i + 1], 1, out runs):
                    i++;
                    break;
                case "--warmup" when i + 1 < args.Length && TryCount(args[i + 1], 0, out warmup):
                    i++;
                    break;
                case "--json":
                    json = true;
                    break;
                case "--list":
                    list = true;
                    break;
                case "-h" or "--help":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    Console.Error.WriteLine($"unexpected argument '{args[i]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (list)
        {
            foreach (var benchmark in CaseRegistry.All)
            {
                Console.WriteLine(JsonLine(writer =>
                {
                    writer.WriteString("case", benchmark.Name);
                    writer.WriteString("unit", benchmark.Unit);
                    writer.WriteString("better", BetterText(benchmark.Better));
                    writer.WriteString("description", benchmark.Description);
                }));
            }

            return 0;
        }

        if (caseName is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var selected = CaseRegistry.Find(caseName);
        if (selected is null)
        {
            Console.Error.WriteLine($"unknown case '{caseName}'; known: {string.Join(", ", CaseRegistry.All.Select(c => c.Name))}");
            return 2;
        }

        var result = selected.Run(new BenchmarkOptions(runs, warmup));
        if (json)
        {
            Console.WriteLine(JsonLine(writer =>
            {
                writer.WriteString("case", selected.Name);
                writer.WriteString("unit", selected.Unit);
                writer.WriteString("better", BetterText(selected.Better));
                writer.WriteNumber("value", result.Value);
                writer.WriteNumber("runs", runs);
                writer.WriteNumber("warmup", warmup);
                writer.WriteString("runtime", RuntimeInformation.FrameworkDescription);
                writer.WriteStartArray("samples");
                foreach (double sample in result.Samples)
                {
                    writer.WriteNumberValue(sample);
                }

                writer.WriteEndArray();
            }));
        }
        else
        {
            var sorted = result.Samples.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{selected.Name}: median {result.Value:F3} {selected.Unit} over {runs} runs after {warmup} warm-ups "
                + $"(min {sorted.FirstOrDefault():F3}, max {sorted.LastOrDefault():F3}; {BetterText(selected.Better)} is better)"));
        }

        return 0;
    }

    private static bool TryCount(string text, int minimum, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= minimum;

    private static string BetterText(Better better) => better == Better.Lower ? "lower" : "higher";

    private static string JsonLine(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

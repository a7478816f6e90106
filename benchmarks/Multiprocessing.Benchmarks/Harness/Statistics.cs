namespace Multiprocessing.Benchmarks.Harness;

internal static class Statistics
{
    /// <summary>The median, as Python's <c>statistics.median</c> computes it (mean of the two middle values when even).</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

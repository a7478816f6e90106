namespace Multiprocessing.Tests;

/// <summary>The entries the shared array, shareable list and clean-up tests start in real child processes.</summary>
public static class CollectionEntries
{
    [ProcessEntry]
    public static void AddToEachLocked(SharedArray<long> array, int times)
    {
        for (int i = 0; i < times; i++)
        {
            using (array.EnterScope())
            {
                foreach (ref long element in array.AsSpan())
                {
                    element++;
                }
            }
        }
    }

    [ProcessEntry]
    public static double SumAndDouble(SharedArray<double> array)
    {
        double sum = 0;
        for (int i = 0; i < array.Length; i++)
        {
            sum += array[i];
            array[i] *= 2;
        }

        return sum;
    }

    [ProcessEntry]
    public static string DescribeAndUpdate(ShareableList list)
    {
        string seen = string.Join("|", list.Select(item => item switch
        {
            byte[] bytes => Convert.ToHexString(bytes),
            null => "null",
            _ => Convert.ToString(item, System.Globalization.CultureInfo.InvariantCulture),
        }));
        list[0] = (int)list[0]! + 1;
        list[4] = "from child";
        return seen;
    }

    [ProcessEntry]
    public static void CreateBlockAndHang(string name, ProcessEvent created)
    {
        _ = SharedMemory.Create(16, name);
        created.Set();
        Thread.Sleep(Timeout.Infinite);
    }

    [ProcessEntry]
    public static void CreateBlockAndDispose()
    {
        using var block = SharedMemory.Create(8);
    }
}

namespace Multiprocessing.Tests;

public static class Os
{
    /// <summary>Whether a process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            char state = stat[stat.LastIndexOf(')') + 2];
            return state != 'Z' && state != 'X';
        }
        catch (IOException)
        {
            return false;
        }
    }

    public static bool Exists(int pid) => Directory.Exists($"/proc/{pid}");

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="limit"/> passes; returns whether it held.</summary>
    public static bool Eventually(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(20);
        }

        return condition();
    }
}

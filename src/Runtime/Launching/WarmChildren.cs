using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Multiprocessing.Hosting;
using Multiprocessing.Interop.Unix;
using Multiprocessing.Wire;

namespace Multiprocessing.Launching;

/// <summary>
/// Children started ahead of need, each with its runtime up and waiting on its control socket; <c>Start</c> gives a
/// waiting one its handles (<c>SCM_RIGHTS</c>) and its start request instead of starting a new process, and a
/// replacement starts in the background. Python's <c>forkserver</c> plays the same part.
/// </summary>
internal static class WarmChildren
{
    private static readonly Lock s_gate = new();
    private static readonly Dictionary<string, Queue<WarmChild>> s_idle = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, int> s_starting = new(StringComparer.Ordinal);
    private static int s_count;

    public static int Count
    {
        get
        {
            lock (s_gate)
            {
                return s_count;
            }
        }
    }

    /// <summary>Keeps <paramref name="count"/> children waiting per assembly that starts processes; 0 ends the waiting ones.</summary>
    public static void Keep(int count)
    {
        List<WarmChild> retired = [];
        lock (s_gate)
        {
            s_count = count;
            foreach (var idle in s_idle.Values)
            {
                while (idle.Count > count)
                {
                    retired.Add(idle.Dequeue());
                }
            }
        }

        retired.ForEach(child => child.Retire());

        // The program's own entries are the usual ones; other assemblies' children warm up after their first start.
        if (count > 0 && Assembly.GetEntryAssembly()?.GetName().Name is { } entryAssembly && EntryRegistry.IsRegistered(entryAssembly))
        {
            Replenish(entryAssembly);
        }
    }

    /// <summary>The pids of the children of <paramref name="assemblyName"/> waiting now (for tests and diagnostics).</summary>
    public static IReadOnlyList<int> WaitingPids(string assemblyName)
    {
        lock (s_gate)
        {
            return s_idle.TryGetValue(assemblyName, out var idle) ? idle.Select(child => child.Pid).ToList() : [];
        }
    }

    /// <summary>Hands <paramref name="request"/> to a waiting child, or returns <see langword="null"/> when none is waiting.</summary>
    public static LaunchedChild? TryLaunch(StartRequest request, IReadOnlyList<SafeFileHandle> handles)
    {
        if (Count == 0 || handles.Count > LibC.MaxPassedDescriptors)
        {
            return null;
        }

        try
        {
            while (TryTakeIdle(request.AssemblyName) is { } warm)
            {
                if (warm.TryHandOver(request, handles) is { } child)
                {
                    return child;
                }
            }

            return null;
        }
        finally
        {
            Replenish(request.AssemblyName);
        }
    }

    private static WarmChild? TryTakeIdle(string assemblyName)
    {
        lock (s_gate)
        {
            return s_idle.TryGetValue(assemblyName, out var idle) && idle.Count > 0 ? idle.Dequeue() : null;
        }
    }

    private static void Replenish(string assemblyName)
    {
        int missing;
        lock (s_gate)
        {
            int idle = s_idle.TryGetValue(assemblyName, out var queue) ? queue.Count : 0;
            int starting = s_starting.GetValueOrDefault(assemblyName);
            missing = s_count - idle - starting;
            if (missing <= 0)
            {
                return;
            }

            s_starting[assemblyName] = starting + missing;
        }

        for (int i = 0; i < missing; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static name => StartOne(name), assemblyName, preferLocal: false);
        }
    }

    private static void StartOne(string assemblyName)
    {
        WarmChild? started = null;
        try
        {
            started = WarmChild.Start(assemblyName);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or PlatformNotSupportedException)
        {
            // Start will start a child the usual way, and report the same problem from there.
        }

        bool kept = false;
        lock (s_gate)
        {
            s_starting[assemblyName]--;
            if (started is not null && s_count > 0)
            {
                if (!s_idle.TryGetValue(assemblyName, out var idle))
                {
                    s_idle[assemblyName] = idle = new Queue<WarmChild>();
                }

                if (idle.Count < s_count)
                {
                    idle.Enqueue(started);
                    kept = true;
                }
            }
        }

        if (!kept)
        {
            started?.Retire();
        }
    }

    /// <summary>A started child waiting for its handles and its start request.</summary>
    private sealed class WarmChild(int pid, int controlFd)
    {
        public int Pid => pid;

        public static WarmChild Start(string assemblyName)
        {
            var (pid, controlFd) = LaunchedChild.SpawnWarm(assemblyName);
            return new WarmChild(pid, controlFd);
        }

        /// <summary>Sends the handles, then lets a <see cref="LaunchedChild"/> carry on the conversation.</summary>
        /// <returns><see langword="null"/> when the child died while it waited (it is retired).</returns>
        public LaunchedChild? TryHandOver(StartRequest request, IReadOnlyList<SafeFileHandle> handles)
        {
            Span<int> fds = stackalloc int[handles.Count];
            for (int i = 0; i < handles.Count; i++)
            {
                fds[i] = (int)handles[i].DangerousGetHandle();
            }

            if (!LibC.SendDescriptors(controlFd, fds))
            {
                Retire();
                return null;
            }

            return LaunchedChild.Adopt(pid, new Socket(new SafeSocketHandle(controlFd, ownsHandle: true)), request);
        }

        /// <summary>Closes the control socket, which ends the waiting child, and reaps it.</summary>
        public void Retire()
        {
            LibC.close(controlFd);
            var reaper = new Thread(() =>
            {
                while (LibC.waitpid(pid, out _, 0) < 0 && Marshal.GetLastPInvokeError() == LibC.EINTR)
                {
                }
            })
            {
                IsBackground = true,
                Name = "Multiprocessing warm child reaper",
            };
            reaper.Start();
        }
    }
}

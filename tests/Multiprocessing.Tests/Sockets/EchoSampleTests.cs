using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Multiprocessing.Tests.Sockets;

/// <summary>The seed's server and client, run as users run them: EchoServer hands each connection to a child.</summary>
public sealed class EchoSampleTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task EchoServer_serves_concurrent_EchoClients_each_from_its_own_child_and_then_ends()
    {
        const int Clients = 3;
        using var server = StartServer("--port", "0", "--max-connections", Clients.ToString());
        try
        {
            string first = await server.StandardOutput.ReadLineAsync().WaitAsync(Cap) ?? "";
            var listening = Regex.Match(first, @"^listening on 127\.0\.0\.1:(\d+) \(pid (\d+)\)$");
            Assert.True(listening.Success, $"unexpected first line '{first}'");
            string port = listening.Groups[1].Value;
            var rest = server.StandardOutput.ReadToEndAsync();

            var runs = await Task.WhenAll(Enumerable.Range(0, Clients).Select(i =>
                Task.Run(() => SampleRunner.AppHost("EchoClient", "--port", port, $"client {i} line 1", $"client {i} line 2"))));

            var pids = new List<string>();
            for (int i = 0; i < Clients; i++)
            {
                Assert.True(runs[i].ExitCode == 0, runs[i].Errors);
                var lines = runs[i].Lines;
                Assert.Equal(3, lines.Length);
                var greeting = Regex.Match(lines[0], @"^Hello World from pid (\d+)$");
                Assert.True(greeting.Success, runs[i].Output);
                pids.Add(greeting.Groups[1].Value);
                Assert.Equal([$"client {i} line 1", $"client {i} line 2"], lines[1..]);
            }

            Assert.Equal(Clients, pids.Distinct().Count());
            Assert.DoesNotContain(listening.Groups[2].Value, pids);

            Assert.True(server.WaitForExit(Cap), "the server did not end after its last connection");
            string output = await rest.WaitAsync(Cap);
            Assert.Equal(0, server.ExitCode);
            Assert.Equal(Clients, Regex.Matches(output, @"The connection is from 127\.0\.0\.1:\d+ \(child pid \d+\)").Count);
            Assert.Contains($"served {Clients} connections; every child has exited", output);
            Assert.All(pids, pid => Assert.False(Os.IsRunning(int.Parse(pid)), $"child {pid} outlived the server"));
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }
    }

    [Theory]
    [InlineData("--port", "seventy")]
    [InlineData("--port", "70000")]
    [InlineData("--max-connections")]
    [InlineData("--verbose")]
    public void EchoServer_refuses_bad_arguments_with_usage(params string[] arguments)
    {
        var run = SampleRunner.AppHost("EchoServer", arguments);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: EchoServer", run.Errors);
    }

    [Fact]
    public void EchoClient_says_when_nobody_listens()
    {
        // Port 1 on loopback: nothing listens there without root, and the connection is refused at once.
        var run = SampleRunner.AppHost("EchoClient", "--port", "1", "hello");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot connect to 127.0.0.1:1", run.Errors);
    }

    private static System.Diagnostics.Process StartServer(params string[] arguments)
    {
        var info = new ProcessStartInfo(Path.Combine(SampleRunner.OutputDirectory("EchoServer"), "EchoServer"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var server = System.Diagnostics.Process.Start(info)!;
        server.ErrorDataReceived += (_, _) => { };
        server.BeginErrorReadLine();
        return server;
    }
}

using System.Net.Sockets;

namespace Multiprocessing.Tests.Connections;

public sealed class WaitTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Wait_returns_the_connection_that_has_a_message_then_the_process_that_exited()
    {
        var (quiet, quietChild) = Pipe.Create();
        var (busy, busyChild) = Pipe.Create();
        using (quiet)
        using (busy)
        using (quietChild)
        {
            using var child = Process.Create(ConnectionEntries.EchoOnceThenLinger, busyChild, 500);
            child.Start();
            busyChild.Close();
            object[] watched = [quiet, busy, child];

            Assert.Empty(Connection.Wait(watched, TimeSpan.FromMilliseconds(50)));
            busy.Send("ping");
            var ready = Connection.Wait(watched, Patience);
            Assert.Same(busy, Assert.Single(ready));
            Assert.Equal("ping", busy.Receive<string>());

            // The child lingers after answering; its sentinel and its end's close come together when it exits.
            ready = Connection.Wait([quiet, child.Sentinel], Patience);
            Assert.Same(child.Sentinel, Assert.Single(ready));
            Assert.Equal([busy, child], Connection.Wait(watched, Patience));
            await child.Completion.WaitAsync(Patience);
        }
    }

    [Fact]
    public async Task WaitAsync_can_be_cancelled_and_sees_a_socket()
    {
        var (left, right) = Pipe.Create();
        using (left)
        using (right)
        {
            using (var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
            {
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Connection.WaitAsync([right], cancellationToken: cancellation.Token));
            }

            Assert.Empty(await Connection.WaitAsync([right], TimeSpan.FromMilliseconds(20)));
            var waiting = Connection.WaitAsync([right, new ManualResetEvent(false)]);
            left.Send(1);
            Assert.Same(right, Assert.Single(await waiting.WaitAsync(Patience)));

            using var listener = new Listener("127.0.0.1:0", authenticate: false);
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            socket.Connect(listener.EndPoint);
            using var server = listener.Accept();
            Assert.Empty(Connection.Wait([socket], TimeSpan.Zero));
            server.Send(2);
            Assert.Same(socket, Assert.Single(Connection.Wait([socket], Patience)));
        }
    }

    [Fact]
    public void Wait_refuses_what_it_cannot_watch()
    {
        var (receiver, sender) = Pipe.Create(duplex: false);
        using (receiver)
        using (sender)
        {
            Assert.Contains("System.String", Assert.Throws<ArgumentException>(() => Connection.Wait(["text"], TimeSpan.Zero)).Message);
            Assert.Throws<InvalidOperationException>(() => Connection.Wait([sender], TimeSpan.Zero));
            Assert.Throws<ArgumentOutOfRangeException>(() => Connection.Wait([receiver], TimeSpan.FromSeconds(-2)));
        }
    }
}

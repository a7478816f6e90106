using Multiprocessing.SharedMemoryBlocks;

namespace Multiprocessing.Tests.SharedMemoryBlocks;

public sealed class AbandonedBlockTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static string NewName(string purpose) => $"mp-test-{purpose}-{Guid.NewGuid():N}";

    private static void MakeOld(string path) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));

    [Fact]
    public async Task A_block_whose_only_user_was_killed_is_removed_by_the_next_process_that_creates_one()
    {
        string name = NewName("killed");
        string path = "/dev/shm/" + name;
        using var created = new ProcessEvent();
        using var holder = Process.Create(CollectionEntries.CreateBlockAndHang, name, created);
        holder.Start();
        Assert.True(created.Wait(Patience));
        holder.Kill();
        holder.Join();
        Assert.Equal(-9, holder.ExitCode);
        Assert.True(File.Exists(path), "the killed child never disposed its block, so the file is still there");

        // Old enough not to be a block whose creator is still setting it up.
        MakeOld(path);
        using var creator = Process.Create(CollectionEntries.CreateBlockAndDispose);
        creator.Start();
        await creator.Completion;
        Assert.False(File.Exists(path), "the new process's first create should have swept the abandoned block");
    }

    [Fact]
    public void The_sweep_leaves_held_blocks_young_blocks_and_other_names_alone()
    {
        using var held = SharedMemory.Create(8);
        string heldPath = "/dev/shm/" + held.Name;
        string youngPath = "/dev/shm/" + NewName("young");
        string otherPath = "/dev/shm/test-not-ours-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(youngPath, new byte[8]);
        File.WriteAllBytes(otherPath, new byte[8]);
        try
        {
            MakeOld(heldPath);
            MakeOld(otherPath);
            AbandonedBlocks.Sweep(TimeSpan.FromSeconds(5));
            Assert.True(File.Exists(heldPath), "a block this process holds must survive");
            Assert.True(File.Exists(youngPath), "an unheld block younger than the limit must survive");
            Assert.True(File.Exists(otherPath), "a file without the generated prefix is not ours");
            held.Span[0] = 1;

            MakeOld(youngPath);
            AbandonedBlocks.Sweep(TimeSpan.FromSeconds(5));
            Assert.False(File.Exists(youngPath));
        }
        finally
        {
            File.Delete(youngPath);
            File.Delete(otherPath);
        }
    }
}

// The round count of profiles written by version 1.
pub const OLD_PROFILE_ROUNDS: u32 = 2056;

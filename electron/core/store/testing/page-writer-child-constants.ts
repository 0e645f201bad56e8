// Core test support (plain Node): shared by the kill -9 test and its child process.
export const PAGE_SIZE = 200;

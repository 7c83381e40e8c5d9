// Temporary entry point until the CLI lands.
#include "extract/pipeline.h"
int main() { baocao::extract::Pipeline p; return 0; }

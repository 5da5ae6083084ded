/* Reference for test/model/analytics-montecarlo.test.ts: gcc -O2 analytics-xoshiro-reference.c && ./a.out */
#include <stdio.h>
#include <stdint.h>
static uint32_t s[4];
static uint32_t rotl(uint32_t x, int k){ return (x<<k)|(x>>(32-k)); }
uint32_t next(void){ const uint32_t result = rotl(s[1]*5,7)*9; const uint32_t t = s[1]<<9;
 s[2]^=s[0]; s[3]^=s[1]; s[1]^=s[2]; s[0]^=s[3]; s[2]^=t; s[3]=rotl(s[3],11); return result; }
static uint32_t x;
uint32_t splitmix32(void){ x += 0x9E3779B9u; uint32_t z = x; z ^= z>>16; z *= 0x21F0AAADu; z ^= z>>15; z *= 0x735A2D97u; z ^= z>>15; return z; }
int main(int argc, char**argv){ uint32_t seeds[3]={0,42,4294967295u};
 for(int k=0;k<3;k++){ x=seeds[k]; for(int i=0;i<4;i++) s[i]=splitmix32();
  printf("seed %u:", seeds[k]); for(int i=0;i<5;i++) printf(" %u", next());
  uint32_t a=next()>>5, b=next()>>6; printf(" u=%.17g\n", ((double)a*67108864.0+(double)b+0.5)/9007199254740992.0); }
 return 0; }
